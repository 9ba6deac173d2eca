package org.helpline.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.helpline.HelplineIntegrationTest;
import org.helpline.contact.internal.CallbackState;
import org.helpline.contact.internal.ContactManagement;
import org.helpline.contact.internal.Presence;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The callback queue: skill matching, order, claiming under concurrency, handle time. */
@HelplineIntegrationTest
class CallbackQueueIntegrationTests {

    @Autowired
    ContactManagement contact;

    @Autowired
    AgentManagement agents;

    @Autowired
    ContactFixtures fixtures;

    @Autowired
    Clock clock;

    @Test
    void callbacksAreOfferedMostSevereFirstThenOldest() {
        var partner = fixtures.newPartner();
        var tenant = fixtures.contoso();
        var oldC = contact.requestCallback(ContactFixtures.callback(tenant, partner, "pl", null, Severity.C));
        var oldB = contact.requestCallback(ContactFixtures.callback(tenant, partner, "pl", null, Severity.B));
        var newA = contact.requestCallback(ContactFixtures.callback(tenant, partner, "pl", null, Severity.A));
        var newB = contact.requestCallback(ContactFixtures.callback(tenant, partner, "pl", null, Severity.B));
        var agent = fixtures.availableAgent(partner, List.of("pl"), List.of());

        var order = new ArrayList<UUID>();
        for (int i = 0; i < 4; i++) {
            order.add(agents.acceptNext(agent).id());
            agents.complete(agent, order.get(i));
        }

        assertThat(order).containsExactly(newA.id(), oldB.id(), newB.id(), oldC.id());
    }

    @Test
    void onlyAgentsWithTheLanguageServiceAndPartnerAreOffered() {
        var partner = fixtures.newPartner();
        var other = fixtures.newPartner();
        var tenant = fixtures.contoso();
        var mail = contact.requestCallback(ContactFixtures.callback(tenant, partner, "pl", "mail", Severity.B));
        var english = fixtures.availableAgent(partner, List.of("en"), List.of());
        var sitesOnly = fixtures.availableAgent(partner, List.of("pl"), List.of("sites"));
        var otherPartner = fixtures.availableAgent(other, List.of("pl"), List.of());
        var mailAgent = fixtures.availableAgent(partner, List.of("pl", "en"), List.of("mail"));

        assertThat(agents.desk(english).offered()).isNull();
        assertThat(agents.desk(sitesOnly).offered()).isNull();
        assertThat(agents.desk(otherPartner).offered()).isNull();
        assertThat(agents.desk(mailAgent).offered().id()).isEqualTo(mail.id());
        assertThatThrownBy(() -> agents.accept(sitesOnly, mail.id())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agents.acceptNext(english)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void twoAgentsNeverGetTheSameCallback() throws Exception {
        var partner = fixtures.newPartner();
        var tenant = fixtures.contoso();
        var requested = new HashSet<UUID>();
        for (int i = 0; i < 12; i++) {
            requested.add(contact.requestCallback(ContactFixtures.callback(tenant, partner, "en", null, Severity.B))
                    .id());
        }
        var first = fixtures.availableAgent(partner, List.of("en"), List.of());
        var second = fixtures.availableAgent(partner, List.of("en"), List.of());
        var taken = Collections.synchronizedList(new ArrayList<UUID>());
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        for (var agent : List.of(first, second)) {
            pool.submit(() -> {
                start.await();
                for (int i = 0; i < 12; i++) {
                    try {
                        var callback = agents.acceptNext(agent);
                        taken.add(callback.id());
                        agents.complete(agent, callback.id());
                    } catch (NotFoundException e) {
                        return null;
                    } catch (RuntimeException e) {
                        Thread.onSpinWait();
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(taken).doesNotHaveDuplicates();
        assertThat(new HashSet<>(taken)).isEqualTo(requested);
    }

    @Test
    void anAgentHoldsOneCallbackAndCompletingRecordsTheHandleTime() {
        var partner = fixtures.newPartner();
        var tenant = fixtures.contoso();
        contact.requestCallback(ContactFixtures.callback(tenant, partner, "zh-CN", null, Severity.B));
        contact.requestCallback(ContactFixtures.callback(tenant, partner, "zh-CN", null, Severity.B));
        var agent = fixtures.availableAgent(partner, List.of("zh-CN"), List.of());

        var callback = agents.acceptNext(agent);
        assertThat(agents.desk(agent).agent().presence()).isEqualTo(Presence.BUSY_ON_CONTACT);
        assertThatThrownBy(() -> agents.acceptNext(agent)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> agents.changePresence(agent, Presence.AVAILABLE))
                .isInstanceOf(InvalidInputException.class);

        agents.endCall(agent, callback.id());
        assertThat(agents.desk(agent).agent().presence()).isEqualTo(Presence.AFTER_CALL_WORK);
        var done = agents.complete(agent, callback.id());

        assertThat(done.state()).isEqualTo(CallbackState.COMPLETED);
        assertThat(done.handleSeconds()).isPositive();
        assertThat(agents.desk(agent).agent().presence()).isEqualTo(Presence.AVAILABLE);
    }

    @Test
    void aSecondCallbackForTheSameRequestIsTheFirst() {
        var partner = fixtures.newPartner();
        var command = ContactFixtures.callback(fixtures.contoso(), partner, "pl", null, Severity.C);

        assertThat(contact.requestCallback(command).id())
                .isEqualTo(contact.requestCallback(command).id());
    }

    @Test
    void badSkillsAndPresenceAreRefusedNamingTheField() {
        var partner = fixtures.newPartner();
        var agent = fixtures.availableAgent(partner, List.of("en"), List.of());
        var version = agents.desk(agent).agent().version();

        assertThatThrownBy(() -> agents.changeSkills(
                        fixtures.supervisor(), agent.id(), new AgentSkills(List.of("klingon"), List.of()), version))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("languages");
        assertThatThrownBy(() -> agents.changeSkills(
                        fixtures.supervisor(),
                        agent.id(),
                        new AgentSkills(List.of("en"), List.of("Not A Service!")),
                        version))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("services");
        assertThatThrownBy(() -> agents.changePresence(agent, Presence.BUSY_ON_CONTACT))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("presence");
    }
}
