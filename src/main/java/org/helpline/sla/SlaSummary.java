package org.helpline.sla;

import java.time.Instant;

/**
 * Where a request stands against its SLA, for lists, e-mails, reports and the agents' queue.
 * {@code firstResponseDue} is the first-response deadline the request was given, met or not;
 * {@code nextUpdateDue} is set while the update clock of severity A runs. {@code nearestDue} is the
 * nearest deadline still owed (a missed first response stays owed until it is given, a missed update
 * until the next one), null while paused or after resolution; {@code atRiskFrom} is the instant from
 * which it is at risk, when 75% of its target is used. {@code breached} stays true once any deadline
 * was missed.
 */
public record SlaSummary(
        Instant firstResponseDue, Instant nextUpdateDue, Instant nearestDue, Instant atRiskFrom, boolean breached) {

    /** A request without clocks: nothing due, nothing missed. */
    public static final SlaSummary NONE = new SlaSummary(null, null, null, null, false);

    /** A request just filed: only its first-response clock runs. */
    public static SlaSummary filed(Deadlines deadlines) {
        var due = deadlines.firstResponseDue();
        var atRisk = deadlines.firstResponseAtRisk() == null ? due : deadlines.firstResponseAtRisk();
        return new SlaSummary(due, deadlines.nextUpdateDue(), deadlines.nearest(), atRisk, false);
    }

    /** Whether the nearest deadline is close (75% of its target used) but not past. */
    public boolean atRisk(Instant now) {
        return atRiskFrom != null && nearestDue != null && !now.isBefore(atRiskFrom) && now.isBefore(nearestDue);
    }

    /** Whether the nearest deadline still owed has passed. */
    public boolean overdue(Instant now) {
        return nearestDue != null && !now.isBefore(nearestDue);
    }
}
