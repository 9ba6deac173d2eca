package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Severity;
import org.helpline.sla.Deadlines;
import org.junit.jupiter.api.Test;

class RequestStateTests {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private final RequestState filed = RequestState.filed(Severity.B, new Deadlines(T.plusSeconds(3600), null, null));

    @Test
    void aFiledRequestIsNewUnassignedAndDueForItsFirstResponse() {
        assertThat(filed.status()).isEqualTo(RequestStatus.NEW);
        assertThat(filed.assigneeId()).isNull();
        assertThat(filed.firstResponseDue()).isEqualTo(T.plusSeconds(3600));
        assertThat(filed.breached()).isFalse();
    }

    @Test
    void resolvingNotesWhenAndClosingKeepsTheFirstResolution() {
        var resolved = filed.moveTo(RequestStatus.RESOLVED, true, T);
        var closed = resolved.moveTo(RequestStatus.CLOSED, true, T.plusSeconds(60));

        assertThat(resolved.resolvedAt()).isEqualTo(T);
        assertThat(closed.resolvedAt()).isEqualTo(T);
        assertThat(resolved.moveTo(RequestStatus.IN_PROGRESS, true, T).resolvedAt())
                .isNull();
    }

    @Test
    void aCustomerMayNotMoveARequestAlongTheAgentsSteps() {
        assertThatThrownBy(() -> filed.moveTo(RequestStatus.AWAITING_CUSTOMER, false, T))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void severityAndAssigneeChangeOnlyWhileOpen() {
        var closed = filed.moveTo(RequestStatus.CLOSED, true, T);

        assertThat(filed.changeSeverity(Severity.A).severity()).isEqualTo(Severity.A);
        assertThatThrownBy(() -> closed.changeSeverity(Severity.A)).isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> filed.changeSeverity(Severity.B)).isInstanceOf(InvalidInputException.class);
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
        var awaiting = filed.moveTo(RequestStatus.AWAITING_CUSTOMER, true, T);

        assertThat(awaiting.customerAnswered().status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(filed.customerAnswered()).isSameAs(filed);
    }
}
