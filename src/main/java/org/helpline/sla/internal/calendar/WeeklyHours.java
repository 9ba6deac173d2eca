package org.helpline.sla.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The opening ranges of each weekday, validated and in canonical form: ranges of a day in order,
 * touching ranges merged (09:00-12:00 and 12:00-18:00 become 09:00-18:00), closed days absent.
 * Keeps the ranges also as seconds of the day per weekday, so the deadline walk does no lookups.
 */
final class WeeklyHours {

    private static final long SECONDS_PER_MINUTE = 60;

    private final Map<DayOfWeek, List<OpeningRange>> ranges;
    private final int[][] secondsOfDay = new int[7][];
    private final long weekSeconds;

    private WeeklyHours(Map<DayOfWeek, List<OpeningRange>> ranges) {
        this.ranges = Collections.unmodifiableMap(ranges);
        long total = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningRange> dayRanges = ranges.getOrDefault(day, List.of());
            secondsOfDay[day.ordinal()] = boundsInSeconds(dayRanges);
            total += minutesOpen(dayRanges) * SECONDS_PER_MINUTE;
        }
        this.weekSeconds = total;
    }

    static WeeklyHours of(Map<DayOfWeek, List<OpeningRange>> hours) {
        Map<DayOfWeek, List<OpeningRange>> canonical = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, dayRanges) -> {
            List<OpeningRange> merged = mergeTouching(day, dayRanges);
            if (!merged.isEmpty()) {
                canonical.put(day, merged);
            }
        });
        if (canonical.isEmpty()) {
            throw new IllegalArgumentException("A business calendar needs at least one opening range in the week");
        }
        return new WeeklyHours(canonical);
    }

    Map<DayOfWeek, List<OpeningRange>> ranges() {
        return ranges;
    }

    /** Start and end of each range of the weekday, alternating, in seconds after local midnight. */
    int[] boundsOn(int dayOfWeekIndex) {
        return secondsOfDay[dayOfWeekIndex];
    }

    /** Open seconds in a week without holidays and without a change of UTC offset. */
    long weekSeconds() {
        return weekSeconds;
    }

    Duration longestDay() {
        long minutes = ranges.values().stream()
                .mapToLong(WeeklyHours::minutesOpen)
                .max()
                .orElse(0);
        return Duration.ofMinutes(minutes);
    }

    private static List<OpeningRange> mergeTouching(DayOfWeek day, List<OpeningRange> dayRanges) {
        List<OpeningRange> merged = new ArrayList<>();
        for (OpeningRange range : dayRanges) {
            OpeningRange previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && range.startMinute() < previous.endMinute()) {
                throw new IllegalArgumentException("Opening ranges on " + day
                        + " must be in order and must not overlap: " + previous + " then " + range);
            }
            if (previous != null && range.startMinute() == previous.endMinute()) {
                merged.set(merged.size() - 1, new OpeningRange(previous.startMinute(), range.endMinute()));
            } else {
                merged.add(range);
            }
        }
        return List.copyOf(merged);
    }

    private static int[] boundsInSeconds(List<OpeningRange> dayRanges) {
        int[] bounds = new int[dayRanges.size() * 2];
        for (int i = 0; i < dayRanges.size(); i++) {
            bounds[2 * i] = dayRanges.get(i).startMinute() * 60;
            bounds[2 * i + 1] = dayRanges.get(i).endMinute() * 60;
        }
        return bounds;
    }

    private static long minutesOpen(List<OpeningRange> dayRanges) {
        return dayRanges.stream().mapToLong(OpeningRange::lengthInMinutes).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyHours that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return ranges.toString();
    }
}
