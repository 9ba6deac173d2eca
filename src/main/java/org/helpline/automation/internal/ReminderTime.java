package org.helpline.automation.internal;

import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.CustomerWait;

/**
 * When a customer who keeps a request waiting is reminded: {@code remindAfter} into the wait, but
 * never at or after the R-19 downgrade; when the downgrade comes sooner (severity A waits hours, not
 * days), halfway between the start of the wait and the downgrade.
 */
final class ReminderTime {

    private ReminderTime() {}

    static Instant of(CustomerWait wait, Duration remindAfter) {
        var planned = wait.since().plus(remindAfter);
        var downgrade = wait.downgradeDue();
        if (downgrade == null || planned.isBefore(downgrade)) {
            return planned;
        }
        return wait.since().plus(Duration.between(wait.since(), downgrade).dividedBy(2));
    }

    /** Whether the reminder is due at {@code now}: its time has come and the downgrade has not. */
    static boolean due(CustomerWait wait, Duration remindAfter, Instant now) {
        var downgrade = wait.downgradeDue();
        return !now.isBefore(of(wait, remindAfter)) && (downgrade == null || now.isBefore(downgrade));
    }
}
