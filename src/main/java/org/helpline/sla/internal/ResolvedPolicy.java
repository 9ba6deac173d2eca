package org.helpline.sla.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;

/**
 * A policy with its calendar read in the zone that applies to one request, and its targets as
 * business time. {@code customerWait} is null when the policy never downgrades.
 */
record ResolvedPolicy(SlaPolicy policy, SlaCalendar calendar, ZoneId zone, BusinessCalendar businessCalendar) {

    public Duration firstResponse() {
        return policy.firstResponse().on(businessCalendar);
    }

    public Duration customerWait() {
        return policy.customerWait() == null || policy.downgradeTo() == null
                ? null
                : policy.customerWait().on(businessCalendar);
    }

    /** The update cadence of severity A in calendar time, or null. */
    public Duration updateCadence() {
        return policy.updateCadenceMinutes() == null ? null : Duration.ofMinutes(policy.updateCadenceMinutes());
    }

    /** Whether business time on this calendar is plain elapsed time (24x7 without holidays). */
    public boolean calendarTime() {
        var hours = businessCalendar.hours();
        return businessCalendar.holidays().isEmpty()
                && hours.size() == DayOfWeek.values().length
                && hours.values().stream().allMatch(List.of(OpeningRange.wholeDay())::equals);
    }
}
