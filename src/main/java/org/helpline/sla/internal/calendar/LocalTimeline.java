package org.helpline.sla.internal.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns local wall-clock seconds of one zone into instants, quickly, for one walk along the
 * timeline (it remembers the UTC offset it last saw, so it is not shared between threads).
 *
 * <p>A local time resolves to the earliest instant at which the zone's clock shows that time or
 * later. So a time inside a spring-forward gap resolves to the end of the gap (02:30 on a Warsaw
 * spring-forward day is 03:00 CEST), and a time inside a fall-back overlap resolves to its first
 * occurrence (the earlier offset). The mapping never runs backwards, so the ranges of a day stay
 * in order and disjoint on the timeline, and a range that spans the repeated hour contains it twice.
 *
 * <p>Away from offset changes a resolution is one subtraction; within a day of a change it asks
 * the zone rules.
 */
final class LocalTimeline {

    static final long SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    private final long startEpochDay;
    private long offsetSeconds;
    private long steadyFrom;
    private long steadyUntil;

    LocalTimeline(ZoneRules rules, long epochSecond) {
        this.rules = rules;
        settleAt(epochSecond);
        this.startEpochDay = Math.floorDiv(epochSecond + offsetSeconds, SECONDS_PER_DAY);
    }

    /** The local date of the instant the timeline was created at, as an epoch day. */
    long startEpochDay() {
        return startEpochDay;
    }

    long instantOf(long localSecond) {
        long candidate = localSecond - offsetSeconds;
        if (candidate >= steadyFrom && candidate < steadyUntil) {
            return candidate;
        }
        long resolved = resolve(localSecond);
        settleAt(resolved);
        return resolved;
    }

    /** Whether every local time between the two resolves with the offset in use now. */
    boolean isSteadyBetween(long fromLocalSecond, long untilLocalSecond) {
        return fromLocalSecond - offsetSeconds >= steadyFrom && untilLocalSecond - offsetSeconds < steadyUntil;
    }

    private long resolve(long localSecond) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition == null) {
            return local.toEpochSecond(rules.getOffset(local));
        }
        return transition.isGap() ? transition.toEpochSecond() : local.toEpochSecond(transition.getOffsetBefore());
    }

    private void settleAt(long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        offsetSeconds = rules.getOffset(instant).getTotalSeconds();
        if (rules.isFixedOffset()) {
            steadyFrom = Long.MIN_VALUE;
            steadyUntil = Long.MAX_VALUE;
            return;
        }
        ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(instant);
        steadyFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond() + SECONDS_PER_DAY;
        steadyUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond() - SECONDS_PER_DAY;
    }
}
