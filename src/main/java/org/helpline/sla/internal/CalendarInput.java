package org.helpline.sla.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.internal.calendar.BusinessCalendar;
import org.helpline.sla.internal.calendar.OpeningRange;

/**
 * Reads calendars as people and programs write them (zone ids, {@code "09:00"} to {@code "24:00"},
 * ISO dates, {@code "09:00-12:00, 13:00-18:00"}), refusing bad input with the field it came from.
 */
public final class CalendarInput {

    public static final int MAX_RANGES_PER_DAY = 24;
    public static final int MAX_HOLIDAYS = 1000;
    private static final Pattern TIME = Pattern.compile("(\\d{2}):(\\d{2})");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private CalendarInput() {}

    /** An IANA zone id, or {@value SlaCalendar#TENANT_ZONE} when {@code tenantAllowed}. */
    public static String zone(String text, String field, boolean tenantAllowed) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (tenantAllowed && SlaCalendar.TENANT_ZONE.equals(text.strip())) {
            return SlaCalendar.TENANT_ZONE;
        }
        try {
            return ZoneId.of(text.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a known time zone such as Europe/Warsaw");
        }
    }

    /** Weekly hours from {@code {MONDAY: [["09:00","18:00"]]}}. */
    public static Map<DayOfWeek, List<OpeningRange>> hours(Map<String, List<List<String>>> days, String field) {
        if (days == null || days.isEmpty()) {
            throw new InvalidInputException(field, "needs at least one opening range");
        }
        Map<DayOfWeek, List<OpeningRange>> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach((name, ranges) -> {
            var day = day(name, field);
            var dayField = field + "." + day;
            if (ranges == null || ranges.size() > MAX_RANGES_PER_DAY) {
                throw new InvalidInputException(dayField, "holds 0 to " + MAX_RANGES_PER_DAY + " ranges");
            }
            var parsed = new ArrayList<OpeningRange>();
            for (int i = 0; i < ranges.size(); i++) {
                var pair = ranges.get(i);
                if (pair == null || pair.size() != 2) {
                    throw new InvalidInputException(
                            dayField + "[" + i + "]", "is a pair [start, end] such as [\"09:00\", \"18:00\"]");
                }
                parsed.add(range(pair.get(0), pair.get(1), dayField + "[" + i + "]"));
            }
            hours.put(day, parsed);
        });
        return hours;
    }

    /** Weekly hours from one text per day, each like {@code 09:00-12:00, 13:00-18:00} (blank: closed). */
    public static Map<DayOfWeek, List<OpeningRange>> hoursFromText(Map<DayOfWeek, String> days, String field) {
        Map<DayOfWeek, List<OpeningRange>> hours = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, text) -> {
            var parsed = new ArrayList<OpeningRange>();
            if (text != null && !text.isBlank()) {
                for (String part : text.split(",")) {
                    var bounds = part.split("-");
                    if (bounds.length != 2) {
                        throw new InvalidInputException(
                                field + "." + day, "'" + part.strip() + "' is not a range such as 09:00-18:00");
                    }
                    parsed.add(range(bounds[0], bounds[1], field + "." + day));
                }
            }
            hours.put(day, parsed);
        });
        return hours;
    }

    public static OpeningRange range(String start, String end, String field) {
        int from = minuteOfDay(start, field);
        int to = minuteOfDay(end, field);
        if (from >= to) {
            throw new InvalidInputException(field, "the range must end after it starts, got " + start + "-" + end);
        }
        return new OpeningRange(from, to);
    }

    public static Set<LocalDate> holidays(List<String> dates, String field) {
        if (dates == null) {
            return Set.of();
        }
        if (dates.size() > MAX_HOLIDAYS) {
            throw new InvalidInputException(field, "holds at most " + MAX_HOLIDAYS + " dates");
        }
        var holidays = new HashSet<LocalDate>();
        for (String date : dates) {
            try {
                holidays.add(LocalDate.parse(date == null ? "" : date.strip()));
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "'" + date + "' is not a date such as 2026-12-25");
            }
        }
        return holidays;
    }

    /** The calendar in {@code zone}, or the refusal of its ranges (out of order, overlapping, none at all). */
    public static BusinessCalendar calendar(
            ZoneId zone, Map<DayOfWeek, List<OpeningRange>> hours, Set<LocalDate> holidays, String field) {
        try {
            return BusinessCalendar.of(zone, hours, holidays);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    private static DayOfWeek day(String name, String field) {
        try {
            return DayOfWeek.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "'" + name + "' is not a day of the week such as MONDAY");
        }
    }

    private static int minuteOfDay(String text, String field) {
        var matcher = TIME.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(field, "'" + text + "' is not a time such as 09:00");
        }
        int minute = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (Integer.parseInt(matcher.group(2)) > 59 || minute > MINUTES_PER_DAY) {
            throw new InvalidInputException(field, "'" + text + "' is not a time of day between 00:00 and 24:00");
        }
        return minute;
    }
}
