package org.helpline.sla;

import java.time.Instant;

/**
 * The deadlines a request still has to meet, for display and for the requests table. {@code
 * firstResponseDue} is null once the first response was given or the clocks were stopped; it stays
 * set (in the past) while a breached first response is still owed. {@code nextUpdateDue} is set
 * only on severity A while the update clock runs or is breached, never while it is paused.
 */
public record Deadlines(Instant firstResponseDue, Instant nextUpdateDue, Instant firstResponseAtRisk) {

    /** Deadlines without the at-risk instant, which only a clock's start knows without reading it back. */
    public Deadlines(Instant firstResponseDue, Instant nextUpdateDue) {
        this(firstResponseDue, nextUpdateDue, null);
    }

    /** The nearer of the two pending deadlines, or null when none is pending. */
    public Instant nearest() {
        if (firstResponseDue == null) {
            return nextUpdateDue;
        }
        if (nextUpdateDue == null) {
            return firstResponseDue;
        }
        return firstResponseDue.isBefore(nextUpdateDue) ? firstResponseDue : nextUpdateDue;
    }
}
