package org.helpline.phone.internal;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;

/**
 * When one service answers, in the region's local time: the days {@code first} to {@code last}
 * (wrapping past Sunday, e.g. SUN-THU), from {@code opens} to {@code closes} minutes after local
 * midnight ({@code 1440} = 24:00). Local time makes DST transitions come out right by themselves.
 */
record HoursRule(SupportService service, DayOfWeek first, DayOfWeek last, int opens, int closes) {

    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-4]):([0-5][0-9])");
    private static final int DAY = 24 * 60;

    public boolean openAt(ZonedDateTime localTime) {
        var minute = localTime.getHour() * 60 + localTime.getMinute();
        return covers(localTime.getDayOfWeek()) && minute >= opens && minute < closes;
    }

    public boolean covers(DayOfWeek day) {
        if (first.getValue() <= last.getValue()) {
            return day.getValue() >= first.getValue() && day.getValue() <= last.getValue();
        }
        return day.getValue() >= first.getValue() || day.getValue() <= last.getValue();
    }

    public String days() {
        return first == last ? code(first) : code(first) + "-" + code(last);
    }

    public String daysText(Locale locale) {
        var start = first.getDisplayName(TextStyle.SHORT, locale);
        return first == last ? start : start + "–" + last.getDisplayName(TextStyle.SHORT, locale);
    }

    public String from() {
        return time(opens);
    }

    public String to() {
        return time(closes);
    }

    /**
     * Reads hours as typed.
     *
     * @throws InvalidInputException naming {@code field}{@code .service}, {@code .days}, {@code .from}
     *     or {@code .to}
     */
    public static HoursRule parse(String field, String service, String days, String from, String to) {
        var parsedService = SupportService.valueOf(checkedEnum(field + ".service", service));
        var range = days == null
                ? new String[0]
                : days.strip().toUpperCase(Locale.ROOT).split("-", -1);
        if (range.length < 1 || range.length > 2) {
            throw new InvalidInputException(field + ".days", "must be a day or a range such as MON-FRI");
        }
        var firstDay = day(field + ".days", range[0]);
        var lastDay = range.length == 2 ? day(field + ".days", range[1]) : firstDay;
        var opens = minutes(field + ".from", from);
        var closes = minutes(field + ".to", to);
        if (opens >= closes) {
            throw new InvalidInputException(field + ".to", "must be later than the opening time");
        }
        return new HoursRule(parsedService, firstDay, lastDay, opens, closes);
    }

    private static String checkedEnum(String field, String value) {
        for (var candidate : SupportService.values()) {
            if (candidate.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return candidate.name();
            }
        }
        throw new InvalidInputException(field, "must be TECHNICAL, CRITICAL, BILLING or PRESALES");
    }

    private static DayOfWeek day(String field, String code) {
        for (var day : DayOfWeek.values()) {
            if (code(day).equals(code)) {
                return day;
            }
        }
        throw new InvalidInputException(field, "must be MON, TUE, WED, THU, FRI, SAT or SUN, or a range of them");
    }

    private static int minutes(String field, String value) {
        var matcher = TIME.matcher(value == null ? "" : value.strip());
        if (!matcher.matches()) {
            throw new InvalidInputException(field, "must be a time HH:mm between 00:00 and 24:00");
        }
        var total = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (total > DAY) {
            throw new InvalidInputException(field, "must be a time HH:mm between 00:00 and 24:00");
        }
        return total;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    private static String time(int minutes) {
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
