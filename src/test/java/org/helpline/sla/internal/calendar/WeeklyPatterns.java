package org.helpline.sla.internal.calendar;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Weekly opening hours compared with Business::Hours, written as our ranges from Monday to Sunday.
 * Business::Hours takes one Start-End span per weekday plus Breaks, so a split day is sent as its
 * first start, its last end and the gaps as breaks. An overnight shift is sent the same way
 * (00:00-24:00 with a 06:00-22:00 break) rather than in its own wrap-around form (Start 22:00,
 * End 06:00), which loses the Sunday-morning part of Saturday's shift when a period starts on a
 * Sunday, because its weekly loop begins at that Sunday.
 */
enum WeeklyPatterns {
    LATE_HOURS_DAILY("daily 09:00-24:00", every("09:00-24:00")),
    OFFICE_HOURS("Mon-Fri 08:00-18:00", week(every("08:00-18:00"), 5)),
    SPLIT_DAYS(
            "Mon-Fri 08:00-12:00 and 13:00-17:00, Sat 09:00-13:00",
            days(List.of("08:00-12:00", "13:00-17:00"), 5, List.of(List.of("09:00-13:00"), List.of()))),
    NIGHTLY("22:00-06:00 every night", every("00:00-06:00", "22:00-24:00")),
    NIGHT_SHIFT("Mon 22:00 to Sat 06:00", nightShift()),
    ALWAYS("24x7", every("00:00-24:00")),
    IRREGULAR(
            "Mon-Thu 07:30-16:15, Fri 07:30-13:00, Sun 10:00-14:00",
            days(List.of("07:30-16:15"), 4, List.of(List.of("07:30-13:00"), List.of(), List.of("10:00-14:00"))));

    private final String description;
    private final Map<DayOfWeek, List<OpeningRange>> hours;

    WeeklyPatterns(String description, List<List<String>> mondayToSunday) {
        this.description = description;
        this.hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(
                    day,
                    mondayToSunday.get(day.ordinal()).stream()
                            .map(OpeningRange::parse)
                            .toList());
        }
    }

    String description() {
        return description;
    }

    Map<DayOfWeek, List<OpeningRange>> hours() {
        return hours;
    }

    private static List<List<String>> every(String... ranges) {
        return Stream.generate(() -> List.of(ranges)).limit(7).toList();
    }

    /** The first {@code openDays} days of {@code days}, then closed. */
    private static List<List<String>> week(List<List<String>> days, int openDays) {
        return Stream.concat(
                        days.stream().limit(openDays),
                        Stream.generate(List::<String>of).limit(7 - openDays))
                .toList();
    }

    /** {@code repeated} on the first {@code times} days, then the given days, then closed. */
    private static List<List<String>> days(List<String> repeated, int times, List<List<String>> rest) {
        Stream<List<String>> first = Stream.generate(() -> repeated).limit(times);
        return week(Stream.concat(first, rest.stream()).toList(), times + rest.size());
    }

    private static List<List<String>> nightShift() {
        List<String> night = List.of("00:00-06:00", "22:00-24:00");
        return List.of(List.of("22:00-24:00"), night, night, night, night, List.of("00:00-06:00"), List.of());
    }
}
