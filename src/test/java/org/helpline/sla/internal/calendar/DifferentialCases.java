package org.helpline.sla.internal.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.helpline.sla.internal.calendar.DifferentialCase.Operation;

/**
 * Deterministic cases for the comparison with Business::Hours: three zones, the weekly patterns
 * of {@link WeeklyPatterns}, holidays near the start (DST dates included), and starts at random
 * seconds, exactly at openings and closings, and around DST changes.
 */
final class DifferentialCases {

    static final List<ZoneId> ZONES = Stream.of("Asia/Shanghai", "Europe/Warsaw", "America/New_York")
            .map(ZoneId::of)
            .toList();

    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long UNTIL = Instant.parse("2026-12-31T00:00:00Z").getEpochSecond();

    private final Random random;
    private int nextId;

    DifferentialCases(long seed) {
        this.random = new Random(seed);
    }

    List<DifferentialCase> generate(int count) {
        List<DifferentialCase> cases = new ArrayList<>();
        while (cases.size() < count) {
            cases.add(next());
        }
        return cases;
    }

    private DifferentialCase next() {
        WeeklyPatterns pattern = WeeklyPatterns.values()[random.nextInt(WeeklyPatterns.values().length)];
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        BusinessCalendar weekly = BusinessCalendar.of(zone, pattern.hours(), Set.of());
        LocalDate dstDate = dstDate(zone);
        long start = start(weekly, dstDate);
        BusinessCalendar calendar = BusinessCalendar.of(zone, weekly.hours(), holidaysAround(zone, start, dstDate));
        if (random.nextInt(5) == 0) {
            return new DifferentialCase(
                    nextId++,
                    pattern.description(),
                    calendar,
                    Operation.BETWEEN,
                    start,
                    start + 1 + random.nextInt(10 * 86_400));
        }
        return new DifferentialCase(nextId++, pattern.description(), calendar, Operation.ADD, start, amount(calendar));
    }

    private long start(BusinessCalendar weekly, LocalDate dstDate) {
        return switch (random.nextInt(4)) {
            case 0 -> randomBetween(FROM, UNTIL);
            case 1 -> rangeBound(weekly, LocalDate.ofEpochDay(randomBetween(FROM, UNTIL) / 86_400));
            case 2 -> aroundDstChange(weekly.zone(), dstDate);
            default -> midnightOrBound(weekly, dstDate.plusDays(random.nextInt(3) - 1));
        };
    }

    private long aroundDstChange(ZoneId zone, LocalDate dstDate) {
        long change = dstDate.atStartOfDay(zone).toEpochSecond();
        long offset = randomBetween(-3 * 86_400, 3 * 86_400);
        return random.nextBoolean() ? change + offset : change + offset / 1800 * 1800;
    }

    private long midnightOrBound(BusinessCalendar weekly, LocalDate date) {
        return random.nextBoolean() ? date.atStartOfDay(weekly.zone()).toEpochSecond() : rangeBound(weekly, date);
    }

    /** An opening or closing instant of the date, or its midnight when it is closed. */
    private long rangeBound(BusinessCalendar weekly, LocalDate date) {
        List<OpeningRange> ranges = weekly.hours().getOrDefault(date.getDayOfWeek(), List.of());
        if (ranges.isEmpty()) {
            return date.atStartOfDay(weekly.zone()).toEpochSecond();
        }
        OpeningRange range = ranges.get(random.nextInt(ranges.size()));
        int minute = random.nextBoolean() ? range.startMinute() : range.endMinute();
        return date.atStartOfDay().plusMinutes(minute).atZone(weekly.zone()).toEpochSecond();
    }

    /** A spring-forward or fall-back date of the zone, or any date where the zone keeps one offset. */
    private LocalDate dstDate(ZoneId zone) {
        List<LocalDate> changes = offsetChanges(zone);
        if (changes.isEmpty()) {
            return LocalDate.ofEpochDay(randomBetween(FROM, UNTIL) / 86_400);
        }
        return changes.get(random.nextInt(changes.size()));
    }

    private static List<LocalDate> offsetChanges(ZoneId zone) {
        List<LocalDate> dates = new ArrayList<>();
        ZoneOffsetTransition transition = zone.getRules().nextTransition(Instant.ofEpochSecond(FROM));
        while (transition != null && transition.toEpochSecond() < UNTIL) {
            dates.add(transition.getDateTimeBefore().toLocalDate());
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return dates;
    }

    private Set<LocalDate> holidaysAround(ZoneId zone, long start, LocalDate dstDate) {
        Set<LocalDate> holidays = new HashSet<>();
        if (random.nextInt(5) < 2) {
            return holidays;
        }
        LocalDate first = Instant.ofEpochSecond(start).atZone(zone).toLocalDate();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            holidays.add(first.plusDays(random.nextInt(16) - 2));
        }
        if (random.nextInt(3) == 0) {
            holidays.add(dstDate);
        }
        return holidays;
    }

    /** Seconds to add: zero, one, minutes, hours, N standard business days, up to 5 of them, and past the 30 days Perl searches. */
    private long amount(BusinessCalendar calendar) {
        long businessDay = calendar.standardBusinessDay().getSeconds();
        int kind = random.nextInt(100);
        if (kind < 5) {
            return 0;
        } else if (kind < 10) {
            return 1;
        } else if (kind < 25) {
            return 1 + random.nextInt(3600);
        } else if (kind < 45) {
            return Duration.ofMinutes(30L * (1 + random.nextInt(96))).getSeconds();
        } else if (kind < 65) {
            return businessDay * (1 + random.nextInt(3));
        } else if (kind < 98) {
            return randomBetween(1, 5 * businessDay);
        }
        return businessDay * (31 + random.nextInt(6));
    }

    private long randomBetween(long from, long until) {
        return from + (long) (random.nextDouble() * (until - from));
    }
}
