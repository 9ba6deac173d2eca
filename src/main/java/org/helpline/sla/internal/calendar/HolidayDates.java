package org.helpline.sla.internal.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** Holidays as a sorted array of epoch days, so "is this day closed" is a binary search. */
final class HolidayDates {

    private final Set<LocalDate> dates;
    private final long[] epochDays;

    HolidayDates(Collection<LocalDate> holidays) {
        this.dates = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.epochDays = this.dates.stream().mapToLong(LocalDate::toEpochDay).toArray();
    }

    Set<LocalDate> dates() {
        return dates;
    }

    boolean contains(long epochDay) {
        return Arrays.binarySearch(epochDays, epochDay) >= 0;
    }

    /** Whether a holiday falls on {@code fromEpochDay} or one of the {@code days - 1} days after it. */
    boolean anyWithin(long fromEpochDay, int days) {
        int index = Arrays.binarySearch(epochDays, fromEpochDay);
        int next = index >= 0 ? index : -index - 1;
        return next < epochDays.length && epochDays[next] < fromEpochDay + days;
    }
}
