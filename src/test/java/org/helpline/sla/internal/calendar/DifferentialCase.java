package org.helpline.sla.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One question put to both this calendar and Perl's Business::Hours: either "due after
 * {@code argument} business seconds from {@code start}" or "business seconds in [start, argument)".
 */
record DifferentialCase(
        int id, String pattern, BusinessCalendar calendar, Operation operation, long start, long argument) {

    enum Operation {
        ADD,
        BETWEEN
    }

    private static final List<DayOfWeek> PERL_WEEK = List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);

    /**
     * The input line of business_hours.pl. Business::Hours counts the business second at index N,
     * so our deadline for N >= 1 seconds is its answer for N - 1 plus one second, and it measures
     * closed intervals, so our half-open [start, end) is its [start, end - 1].
     */
    String perlLine() {
        long perlArgument = operation == Operation.ADD ? Math.max(0, argument - 1) : argument - 1;
        return String.join(
                "\t",
                String.valueOf(id),
                calendar.zone().getId(),
                perlWeek(),
                perlHolidays(),
                operation.name().toLowerCase(),
                String.valueOf(start),
                String.valueOf(perlArgument));
    }

    /** Our answer in the terms business_hours.pl prints, epoch seconds or seconds. */
    long ourAnswer() {
        Instant from = Instant.ofEpochSecond(start);
        if (operation == Operation.BETWEEN) {
            return calendar.businessTimeBetween(from, Instant.ofEpochSecond(argument))
                    .getSeconds();
        }
        long due = calendar.addBusinessTime(from, Duration.ofSeconds(argument)).getEpochSecond();
        return argument == 0 ? due : due - 1;
    }

    /** The end of the stretch of time whose business hours decide the answer. */
    long windowEnd() {
        if (operation == Operation.BETWEEN) {
            return argument;
        }
        return calendar.addBusinessTime(Instant.ofEpochSecond(start), Duration.ofSeconds(argument))
                        .getEpochSecond()
                + 1;
    }

    private String perlWeek() {
        return PERL_WEEK.stream().map(this::perlDay).collect(Collectors.joining(";"));
    }

    private String perlDay(DayOfWeek day) {
        List<OpeningRange> ranges = calendar.hours().getOrDefault(day, List.of());
        return ranges.isEmpty()
                ? "-"
                : ranges.stream().map(OpeningRange::toString).collect(Collectors.joining(","));
    }

    private String perlHolidays() {
        Stream<String> dates = calendar.holidays().stream().map(LocalDate::toString);
        return calendar.holidays().isEmpty() ? "-" : dates.collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return "#" + id + " " + pattern + " " + operation + " start " + Instant.ofEpochSecond(start) + " argument "
                + argument + " " + calendar;
    }
}
