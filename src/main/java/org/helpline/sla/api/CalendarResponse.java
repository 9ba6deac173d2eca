package org.helpline.sla.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpline.sla.internal.SlaCalendar;

/** A calendar as the API shows it: ranges per weekday as {@code [["09:00","18:00"]]}, closed days absent. */
record CalendarResponse(
        String id,
        String name,
        String zone,
        Map<DayOfWeek, List<List<String>>> hours,
        List<LocalDate> holidays,
        long version) {

    static CalendarResponse of(SlaCalendar calendar) {
        var hours = new EnumMap<DayOfWeek, List<List<String>>>(DayOfWeek.class);
        calendar.hours()
                .forEach((day, ranges) -> hours.put(
                        day,
                        ranges.stream()
                                .map(range -> range.toString().split("-"))
                                .map(List::of)
                                .toList()));
        return new CalendarResponse(
                calendar.id(),
                calendar.name(),
                calendar.zone(),
                hours,
                List.copyOf(calendar.holidays()),
                calendar.version());
    }
}
