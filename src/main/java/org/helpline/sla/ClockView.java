package org.helpline.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of a request as it stands now. {@code due} is null while paused; {@code remaining}
 * is business time left (calendar time when {@code calendarTime}), negative by how much the
 * deadline was missed, and null once the clock was stopped before it was met or breached. {@code
 * atRisk} is, while the clock runs, the instant from which 75% of its target is used (the same rule
 * as {@link SlaAtRisk}), and null otherwise.
 */
public record ClockView(
        ClockKind kind,
        ClockState state,
        Duration target,
        boolean calendarTime,
        Instant due,
        Instant metAt,
        Instant breachedAt,
        Duration remaining,
        Instant atRisk) {}
