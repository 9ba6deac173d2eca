package org.helpline.sla.internal;

import java.time.Duration;
import java.time.Instant;

/** The English details of timeline entries: why a deadline is where it is. */
final class Describe {

    private Describe() {}

    static String started(ResolvedPolicy policy, Instant receivedAt, Instant due) {
        var text = new StringBuilder("Target ")
                .append(policy.policy().firstResponse())
                .append(" (")
                .append(duration(policy.firstResponse()))
                .append(" of business time) on calendar '")
                .append(policy.calendar().name())
                .append("' in ")
                .append(policy.zone().getId())
                .append("; due ")
                .append(due);
        var opening = policy.businessCalendar().nextOpening(receivedAt);
        if (!opening.equals(receivedAt)) {
            text.append("; received outside business hours, the clock starts at ")
                    .append(opening);
        }
        return text.toString();
    }

    static String retargeted(String change, ResolvedPolicy policy, Instant due) {
        return change + ": target " + policy.policy().firstResponse() + " on calendar '"
                + policy.calendar().name() + "' in " + policy.zone().getId() + ", counted from receipt; due " + due;
    }

    static String late(Instant due, Instant at) {
        return duration(Duration.between(due, at)) + " after the deadline " + due;
    }

    static String ahead(Instant at, Instant due) {
        return duration(Duration.between(at, due)) + " before the deadline " + due;
    }

    /** A duration as hours and minutes, e.g. {@code 15h 0m}. */
    static String duration(Duration duration) {
        var minutes = Math.max(0, duration.toMinutes());
        return minutes / 60 + "h " + minutes % 60 + "m";
    }
}
