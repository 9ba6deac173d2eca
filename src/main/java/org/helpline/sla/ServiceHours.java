package org.helpline.sla;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a service level counts time: the name of its calendar, the zone it is read in, whether it
 * is plain elapsed time (24x7 without holidays), and the opening ranges per weekday such as
 * {@code "09:00-18:00"}, in weekday order.
 */
public record ServiceHours(String calendarName, ZoneId zone, boolean calendarTime, Map<DayOfWeek, List<String>> hours) {

    public ServiceHours {
        var ordered = new EnumMap<DayOfWeek, List<String>>(DayOfWeek.class);
        hours.forEach((day, ranges) -> ordered.put(day, List.copyOf(ranges)));
        hours = Collections.unmodifiableMap(ordered);
    }
}
