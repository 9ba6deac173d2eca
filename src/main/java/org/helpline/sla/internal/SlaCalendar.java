package org.helpline.sla.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.helpline.sla.internal.calendar.OpeningRange;

/**
 * A business calendar of a support organisation as its admins edit it. {@code zone} is an IANA
 * zone id, or {@value #TENANT_ZONE} for "the zone of the tenant who filed the request". Hours are in weekday order, holidays sorted.
 */
public record SlaCalendar(
        String organisationId,
        String id,
        String name,
        String zone,
        Map<DayOfWeek, List<OpeningRange>> hours,
        Set<LocalDate> holidays,
        long version) {

    public static final String TENANT_ZONE = "TENANT";

    public SlaCalendar {
        var ordered = new EnumMap<DayOfWeek, List<OpeningRange>>(DayOfWeek.class);
        hours.forEach((day, ranges) -> ordered.put(day, List.copyOf(ranges)));
        hours = Collections.unmodifiableMap(ordered);
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
    }

    public boolean usesTenantZone() {
        return TENANT_ZONE.equals(zone);
    }
}
