package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.helpline.requests.Channel;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestSeverityChanged;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.RequestStatusChanged;
import org.helpline.requests.Requester;
import org.helpline.requests.Routing;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;

class RequestStateTests {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private static final UUID ID = UUID.randomUUID();
    private static final UUID TENANT = UUID.randomUUID();

    private final RequestState filed = RequestState.filed(Severity.B, T.plusSeconds(3600));

    @Test
    void aFiledRequestIsNewAndUnassigned() {
        assertThat(filed.status()).isEqualTo(RequestStatus.NEW);
        assertThat(filed.assigneeId()).isNull();
        assertThat(filed.firstResponseAt()).isNull();
    }

    @Test
    void resolvingNotesWhenAndClosingKeepsTheFirstResolution() {
        var resolved = filed.moveTo(RequestStatus.RESOLVED, true, null, T);
        var closed = resolved.moveTo(RequestStatus.CLOSED, true, null, T.plusSeconds(60));

        assertThat(resolved.resolvedAt()).isEqualTo(T);
        assertThat(closed.resolvedAt()).isEqualTo(T);
        assertThat(resolved.moveTo(RequestStatus.IN_PROGRESS, true, null, T).resolvedAt())
                .isNull();
    }

    @Test
    void aCustomerMayNotMoveARequestAlongTheAgentsSteps() {
        assertThatThrownBy(() -> filed.moveTo(RequestStatus.AWAITING_CUSTOMER, false, null, T))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void severityAndAssigneeChangeOnlyWhileOpen() {
        var closed = filed.moveTo(RequestStatus.CLOSED, true, null, T);

        assertThat(filed.changeSeverity(Severity.A, "outage", T).severity()).isEqualTo(Severity.A);
        assertThatThrownBy(() -> closed.changeSeverity(Severity.A, "outage", T)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> filed.changeSeverity(Severity.B, "outage", T))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> closed.assign(UUID.randomUUID(), "Ann")).isInstanceOf(RuleViolated.class);
    }

    @Test
    void theFirstAgentAnswerMeetsTheFirstResponseOnce() {
        var answered = filed.agentAnswered(T);

        assertThat(answered.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(answered.firstResponseAt()).isEqualTo(T);
        assertThat(answered.agentAnswered(T.plusSeconds(60)).firstResponseAt()).isEqualTo(T);
    }

    @Test
    void aCustomerAnswerResumesOnlyARequestAwaitingThem() {
        var awaiting = filed.moveTo(RequestStatus.AWAITING_CUSTOMER, true, null, T);

        assertThat(awaiting.customerAnswered(T).status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(filed.customerAnswered(T)).isSameAs(filed);
    }

    @Test
    void eachChangeRecordsItsEventAboutTheStoredRequest() {
        var changed = filed.moveTo(RequestStatus.AWAITING_CUSTOMER, true, "need logs", T)
                .changeSeverity(Severity.A, "outage", T.plusSeconds(60));
        var stored = stored(changed);

        assertThat(changed.events(stored))
                .containsExactly(
                        new RequestOpened(
                                ID,
                                TENANT,
                                "acme",
                                "R-1",
                                RequestCategory.TECHNICAL,
                                Severity.A,
                                HandledBy.PROVIDER,
                                null,
                                Channel.PORTAL,
                                null,
                                null,
                                T.plusSeconds(3600),
                                T),
                        new RequestStatusChanged(
                                ID,
                                TENANT,
                                "acme",
                                "R-1",
                                RequestStatus.NEW,
                                RequestStatus.AWAITING_CUSTOMER,
                                "need logs",
                                T),
                        new RequestSeverityChanged(
                                ID, TENANT, "acme", "R-1", Severity.B, Severity.A, "outage", false, T.plusSeconds(60)));
    }

    @Test
    void aChangeThatMovesNothingRecordsNothing() {
        var read = RequestState.of(stored(filed.agentAnswered(T)));

        assertThat(read.events(stored(read))).isEmpty();
        assertThat(read.agentAnswered(T.plusSeconds(60)).events(stored(read))).isEmpty();
        assertThat(read.customerAnswered(T).events(stored(read))).isEmpty();
        assertThat(read.downgradeTo(Severity.C, "silent", T).events(stored(read)))
                .containsExactly(new RequestSeverityChanged(
                        ID, TENANT, "acme", "R-1", Severity.B, Severity.C, "silent", true, T));
    }

    private static ServiceRequest stored(RequestState state) {
        return new ServiceRequest(
                ID,
                TENANT,
                "Acme",
                "acme",
                "R-1",
                RequestCategory.TECHNICAL,
                null,
                null,
                "Mail is down",
                "<p>Mail is down</p>",
                null,
                state.severity(),
                state.status(),
                new Routing(HandledBy.PROVIDER, null, null),
                Channel.PORTAL,
                new Requester(null, "Frank", false),
                null,
                state.assigneeId(),
                state.assigneeName(),
                T,
                state.firstResponseAt(),
                state.resolvedAt(),
                T,
                1);
    }
}
