package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.helpline.requests.RequestStatus.AWAITING_CUSTOMER;
import static org.helpline.requests.RequestStatus.CLOSED;
import static org.helpline.requests.RequestStatus.IN_PROGRESS;
import static org.helpline.requests.RequestStatus.NEW;
import static org.helpline.requests.RequestStatus.RESOLVED;

import java.time.Duration;
import java.time.Instant;
import org.helpline.shared.ForbiddenException;
import org.junit.jupiter.api.Test;

class LifecycleTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void agentsMoveAlongTheLifecycle() {
        assertThatCode(() -> Lifecycle.check(NEW, IN_PROGRESS, true, null, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(IN_PROGRESS, AWAITING_CUSTOMER, true, null, NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(AWAITING_CUSTOMER, RESOLVED, true, null, NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(RESOLVED, CLOSED, true, NOW, NOW)).doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(RESOLVED, IN_PROGRESS, true, NOW.minus(Duration.ofDays(30)), NOW))
                .doesNotThrowAnyException();
    }

    @Test
    void nothingLeavesClosedAndNothingStaysWhereItIs() {
        assertThatThrownBy(() -> Lifecycle.check(CLOSED, IN_PROGRESS, true, null, NOW))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> Lifecycle.check(IN_PROGRESS, IN_PROGRESS, true, null, NOW))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> Lifecycle.check(RESOLVED, AWAITING_CUSTOMER, true, null, NOW))
                .isInstanceOf(RuleViolated.class);
    }

    @Test
    void customersResolveAndReopenWithinFourteenDaysOnly() {
        assertThatCode(() -> Lifecycle.check(IN_PROGRESS, RESOLVED, false, null, NOW))
                .doesNotThrowAnyException();
        assertThatCode(() -> Lifecycle.check(RESOLVED, IN_PROGRESS, false, NOW.minus(Duration.ofDays(14)), NOW))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Lifecycle.check(
                        RESOLVED,
                        IN_PROGRESS,
                        false,
                        NOW.minus(Duration.ofDays(14)).minusSeconds(1),
                        NOW))
                .isInstanceOf(RuleViolated.class);
        assertThatThrownBy(() -> Lifecycle.check(NEW, AWAITING_CUSTOMER, false, null, NOW))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> Lifecycle.check(RESOLVED, CLOSED, false, NOW, NOW))
                .isInstanceOf(ForbiddenException.class);
    }
}
