package org.helpline.sla.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.helpline.sla.Deadlines;

/**
 * The deadlines a request would get and how they came about: the policy, its calendar, the zone the
 * calendar was read in and the first-response target as business time.
 */
public record SlaPreview(
        Deadlines deadlines,
        SlaPolicy policy,
        SlaCalendar calendar,
        ZoneId zone,
        Duration firstResponseTarget,
        boolean calendarTime) {}
