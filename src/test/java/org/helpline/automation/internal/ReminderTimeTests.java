package org.helpline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.helpline.sla.CustomerWait;
import org.junit.jupiter.api.Test;

class ReminderTimeTests {

    private static final Instant SINCE = Instant.parse("2026-12-08T10:00:00Z");

    @Test
    void theReminderComesAfterTheConfiguredDaysWhenTheDowngradeIsLater() {
        var wait = wait(SINCE.plus(Duration.ofDays(5)));

        assertThat(ReminderTime.of(wait, Duration.ofDays(3))).isEqualTo(SINCE.plus(Duration.ofDays(3)));
        assertThat(ReminderTime.due(wait, Duration.ofDays(3), SINCE.plus(Duration.ofDays(3))))
                .isTrue();
        assertThat(ReminderTime.due(wait, Duration.ofDays(3), SINCE.plus(Duration.ofHours(71))))
                .isFalse();
    }

    @Test
    void aDowngradeThatComesSoonerIsPrecededByAReminderHalfwayToIt() {
        var wait = wait(SINCE.plus(Duration.ofHours(2)));

        assertThat(ReminderTime.of(wait, Duration.ofDays(3))).isEqualTo(SINCE.plus(Duration.ofHours(1)));
        assertThat(ReminderTime.due(wait, Duration.ofDays(3), SINCE.plus(Duration.ofMinutes(90))))
                .isTrue();
        assertThat(ReminderTime.due(wait, Duration.ofDays(3), SINCE.plus(Duration.ofHours(2))))
                .as("once the downgrade is due, it is too late to remind")
                .isFalse();
    }

    @Test
    void withoutADowngradeOnlyTheConfiguredDaysCount() {
        var wait = wait(null);

        assertThat(ReminderTime.due(wait, Duration.ofDays(1), SINCE.plus(Duration.ofDays(30))))
                .isTrue();
    }

    private static CustomerWait wait(Instant downgradeDue) {
        return new CustomerWait(UUID.randomUUID(), UUID.randomUUID(), SINCE, downgradeDue);
    }
}
