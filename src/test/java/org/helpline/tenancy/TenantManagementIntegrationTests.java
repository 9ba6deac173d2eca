package org.helpline.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.HelplineIntegrationTest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.internal.ProfileChange;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HelplineIntegrationTest
class TenantManagementIntegrationTests {

    @Autowired
    TenantManagement tenancy;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void knowsBothSupportOrganisations() {
        assertThat(tenancy.organisations()).extracting(SupportOrganisation::id).containsExactly("cn", "global");
        var operator = tenancy.organisation("cn");
        assertThat(operator.zone().getId()).isEqualTo("Asia/Shanghai");
        assertThat(operator.defaultLanguage().toLanguageTag()).isEqualTo("zh-CN");
        assertThatThrownBy(() -> tenancy.organisation("mars")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void r14_eachOrganisationHasOneProspectsTenantWithoutContacts() {
        var prospects = tenancy.tenants("global", "prospects.global.invalid", 0, 10);
        assertThat(prospects).hasSize(1);
        var profile = tenancy.profile(prospects.get(0).id());

        assertThat(profile.name()).isEqualTo("Prospects");
        assertThat(profile.zone().getId()).isEqualTo("UTC");
        assertThat(profile.language().toLanguageTag()).isEqualTo("en");
        assertThat(profile.phones()).isEmpty();
        assertThat(profile.emails()).isEmpty();
        assertThatThrownBy(() -> tenancy.createProspectsTenant("global"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("organisationId:");
        assertThat(tenancy.tenants("cn", "prospects.cn.invalid", 0, 10)).hasSize(1);
    }

    @Test
    void r14_theProspectsTenantsProfileIsNotEditedIntoACustomers() {
        var prospects =
                tenancy.tenants("global", "prospects.global.invalid", 0, 10).get(0);
        var version = tenancy.profile(prospects.id()).version();

        assertThatThrownBy(() -> tenancy.changeProfile("global", prospects.id(), change("Not prospects", version)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("tenantId:");
        assertThat(tenancy.profile(prospects.id()).name()).isEqualTo("Prospects");
    }

    @Test
    void theDemoTenantsHaveTheirRegisteredPhones() {
        var contoso = tenancy.tenants("global", "contoso.example", 0, 10).get(0);
        var profile = tenancy.profile(contoso.id());

        assertThat(profile.country()).isEqualTo("PL");
        assertThat(profile.phones()).extracting(RegisteredPhone::e164).containsExactly("+48221234567");
        assertThat(profile.hasRegisteredPhone("22 123 45 67")).isTrue();
        assertThat(profile.hasRegisteredPhone("22 123 45 68")).isFalse();
    }

    @Test
    void findsTheTenantOfANumberOnlyWhenItIsNotShared() {
        var number = "+4822" + ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        var first = newTenant("First " + token, "first-" + token + ".example");
        var firstTenant = tenancy.createTenant(
                "global",
                new NewTenant(
                        first.name(),
                        first.domain(),
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of(number),
                        first.emails()));

        assertThat(tenancy.findTenantByRegisteredPhone(number)).contains(firstTenant.id());

        tenancy.createTenant(
                "cn",
                new NewTenant(
                        "Second " + token,
                        "second-" + token + ".example",
                        "CN",
                        "Asia/Shanghai",
                        "zh-CN",
                        Contract.STANDARD,
                        null,
                        List.of(number),
                        first.emails()));
        assertThat(tenancy.findTenantByRegisteredPhone(number)).isEmpty();
    }

    @Test
    void createsATenantAndAuditsIt() {
        var created = tenancy.createTenant("global", newTenant("Created " + token, token + ".example"));

        assertThat(created.version()).isZero();
        assertThat(created.domain()).isEqualTo(token + ".example");
        assertThat(created.language().toLanguageTag()).isEqualTo("pl");
        assertThat(created.phones()).extracting(RegisteredPhone::e164).containsExactly("+48221234500");
        assertThat(created.emails()).extracting(RegisteredEmail::email).containsExactly("it@" + token + ".example");
        assertThat(audit(created.id())).containsExactly("tenant.created");
    }

    @Test
    void changesAProfileAndAuditsWhatChanged() {
        var created = tenancy.createTenant("global", newTenant("Before " + token, token + ".example"));
        var keptPhone = created.phones().get(0);
        var change = new ProfileChange(
                "After " + token,
                "PL",
                "Europe/Warsaw",
                "en",
                Contract.ADVANCED,
                null,
                List.of("+48 22 123 45 00", "22 123 45 01"),
                List.of("IT@" + token + ".example"),
                0);

        var changed = tenancy.changeProfile("global", created.id(), change);

        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.contract()).isEqualTo(Contract.ADVANCED);
        assertThat(changed.phones()).contains(keptPhone).hasSize(2);
        var details = jdbc.sql("select details from audit_event where tenant_id = :tenant and action = :action")
                .param("tenant", created.id())
                .param("action", "tenant.profile-changed")
                .query(String.class)
                .single();
        assertThat(details)
                .contains("name: 'Before " + token + "' -> 'After " + token + "'")
                .contains("contract: 'STANDARD' -> 'ADVANCED'")
                .contains("phones: +[+48221234501]")
                .doesNotContain("emails");
    }

    @Test
    void refusesAStaleEditAndKeepsTheNewerOne() {
        var created = tenancy.createTenant("global", newTenant("Stale " + token, token + ".example"));
        tenancy.changeProfile("global", created.id(), change("First " + token, 0));

        assertThatThrownBy(() -> tenancy.changeProfile("global", created.id(), change("Second " + token, 0)))
                .isInstanceOf(StaleEditException.class);
        assertThat(tenancy.profile(created.id()).name()).isEqualTo("First " + token);
    }

    @Test
    void anAdminSeesOnlyTheTenantsOfTheirOrganisation() {
        var northwind = tenancy.tenants("cn", "northwind", 0, 10).get(0);

        assertThat(tenancy.findProfileInOrganisation("global", northwind.id())).isEmpty();
        assertThat(tenancy.findProfileInOrganisation("cn", northwind.id())).isPresent();
        assertThat(tenancy.tenants("global", "northwind", 0, 10)).isEmpty();
        assertThatThrownBy(() -> tenancy.changeProfile("global", northwind.id(), change("Taken", 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tenancy.addSubscription("global", northwind.id(), subscription(null)))
                .isInstanceOf(NotFoundException.class);
        assertThat(tenancy.profile(northwind.id()).name()).doesNotContain("Taken");
    }

    @Test
    void aTenantsPartnerMustBelongToItsOrganisation() {
        var cnPartner = tenancy.createPartner(
                "cn", new NewPartner("Partner " + token, "+86 10 5555 0199", "p@" + token + ".example", null));
        var command = newTenant("Partnered " + token, token + ".example");
        var withForeignPartner = new NewTenant(
                command.name(),
                command.domain(),
                command.country(),
                command.timeZone(),
                command.language(),
                command.contract(),
                cnPartner.id(),
                command.phones(),
                command.emails());

        assertThatThrownBy(() -> tenancy.createTenant("global", withForeignPartner))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("partnerId"));
        assertThat(tenancy.countTenants("global", token)).isZero();
        assertThat(tenancy.partners("global")).extracting(Partner::id).doesNotContain(cnPartner.id());
        assertThat(tenancy.partners("cn")).extracting(Partner::id).contains(cnPartner.id());
    }

    @Test
    void aDomainIsRegisteredOnlyOnce() {
        assertThatThrownBy(() -> tenancy.createTenant("global", newTenant("Copy " + token, "Contoso.Example")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldProblems())
                                .extracting(FieldProblem::field)
                                .containsExactly("domain"));
    }

    @Test
    void searchesByNameOrDomainInPages() {
        tenancy.createTenant("global", newTenant("Gamma " + token, "g-" + token + ".example"));
        tenancy.createTenant("global", newTenant("Alpha " + token, "a-" + token + ".example"));
        tenancy.createTenant("global", newTenant("Beta", "b-" + token + ".example"));

        assertThat(tenancy.tenants("global", token.toUpperCase(), 0, 10))
                .extracting(TenantSummary::name)
                .containsExactly("Alpha " + token, "Beta", "Gamma " + token);
        assertThat(tenancy.tenants("global", token, 1, 2))
                .extracting(TenantSummary::name)
                .containsExactly("Gamma " + token);
        assertThat(tenancy.countTenants("global", token)).isEqualTo(3);
        assertThat(tenancy.tenants("global", "%", 0, 10)).isEmpty();
        assertThatThrownBy(() -> tenancy.tenants("global", null, 0, 201)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tenancy.tenants("global", null, -1, 10)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void addsAndRemovesSubscriptions() {
        var created = tenancy.createTenant("global", newTenant("Subscriber " + token, token + ".example"));
        var litware = tenancy.partners("global").stream()
                .filter(p -> p.name().equals("Litware"))
                .findFirst()
                .get();

        var added = tenancy.addSubscription("global", created.id(), subscription(litware.id()));

        assertThat(tenancy.profile(created.id()).subscriptions()).containsExactly(added);
        tenancy.removeSubscription("global", created.id(), added.id());
        assertThat(tenancy.profile(created.id()).subscriptions()).isEmpty();
        assertThatThrownBy(() -> tenancy.removeSubscription("global", created.id(), added.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit(created.id()))
                .containsExactly("tenant.created", "tenant.subscription-added", "tenant.subscription-removed");
    }

    private List<String> audit(UUID tenantId) {
        return jdbc.sql("select action from audit_event where tenant_id = :tenant order by occurred_at, action")
                .param("tenant", tenantId)
                .query(String.class)
                .list();
    }

    private NewTenant newTenant(String name, String domain) {
        return new NewTenant(
                name,
                domain,
                "PL",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of("+48 22 123 45 00"),
                List.of("it@" + token + ".example"));
    }

    private ProfileChange change(String name, long version) {
        return new ProfileChange(
                name,
                "PL",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of("+48 22 123 45 00"),
                List.of("it@" + token + ".example"),
                version);
    }

    private static NewSubscription subscription(UUID partnerId) {
        return new NewSubscription("business-basic", SubscriptionKind.PAID, 10, LocalDate.of(2027, 1, 31), partnerId);
    }
}
