package org.helpline.sla.internal.calendar;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of one local day during which a calendar is open, as minutes of that day. The end is
 * exclusive and may be {@code 1440}, written {@code 24:00}: the end of the day, which a
 * {@link LocalTime} cannot express. A range never crosses midnight; an overnight shift is two
 * ranges, {@code 22:00-24:00} on one day and {@code 00:00-06:00} on the next.
 */
public record OpeningRange(int startMinute, int endMinute) {

    static final int MINUTES_PER_DAY = 24 * 60;
    private static final Pattern TEXT = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    public OpeningRange {
        if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("An opening range needs 00:00 <= start < end <= 24:00, got "
                    + format(startMinute) + "-" + format(endMinute));
        }
    }

    /** A range between two times of day; an end of {@link LocalTime#MIDNIGHT} means 24:00. */
    public static OpeningRange of(LocalTime start, LocalTime end) {
        int endMinute = end.equals(LocalTime.MIDNIGHT) ? MINUTES_PER_DAY : minuteOf(end);
        return new OpeningRange(minuteOf(start), endMinute);
    }

    /** Parses {@code HH:MM-HH:MM}, for example {@code 09:00-24:00}. */
    public static OpeningRange parse(String text) {
        Matcher matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("An opening range reads HH:MM-HH:MM, got '" + text + "'");
        }
        return new OpeningRange(
                minutes(matcher.group(1), matcher.group(2)), minutes(matcher.group(3), matcher.group(4)));
    }

    /** The whole day, 00:00-24:00. */
    public static OpeningRange wholeDay() {
        return new OpeningRange(0, MINUTES_PER_DAY);
    }

    public LocalTime start() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** The first closed time; {@link LocalTime#MIDNIGHT} when the range ends at 24:00. */
    public LocalTime end() {
        return endsAtMidnight() ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    public boolean endsAtMidnight() {
        return endMinute == MINUTES_PER_DAY;
    }

    public int lengthInMinutes() {
        return endMinute - startMinute;
    }

    @Override
    public String toString() {
        return format(startMinute) + "-" + format(endMinute);
    }

    private static int minuteOf(LocalTime time) {
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("Opening hours are whole minutes, got " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static int minutes(String hours, String minutes) {
        int minute = Integer.parseInt(minutes);
        if (minute > 59) {
            throw new IllegalArgumentException("Minutes run from 00 to 59, got " + minutes);
        }
        return Integer.parseInt(hours) * 60 + minute;
    }

    private static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
