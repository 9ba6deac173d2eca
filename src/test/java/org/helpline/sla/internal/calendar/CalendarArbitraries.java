package org.helpline.sla.internal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of calendars, instants and amounts for the property tests. */
final class CalendarArbitraries {

    /** Zones with no DST, hourly DST, half-hour DST (Lord Howe) and DST changes at midnight (Santiago, Havana). */
    static final List<String> ZONES = List.of(
            "Asia/Shanghai",
            "Europe/Warsaw",
            "America/New_York",
            "UTC",
            "Australia/Lord_Howe",
            "America/Santiago",
            "America/Havana",
            "Asia/Kolkata");

    private static final long FROM = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    private static final long UNTIL = Instant.parse("2030-12-31T00:00:00Z").getEpochSecond();
    private static final int HALF_HOURS_PER_DAY = 48;

    private CalendarArbitraries() {}

    static Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.longs()
                .between(FROM / 86_400, UNTIL / 86_400)
                .map(LocalDate::ofEpochDay)
                .set()
                .ofMaxSize(40);
        return Combinators.combine(zones, weeks(), holidays).as(BusinessCalendar::of);
    }

    static Arbitrary<Instant> instants() {
        Arbitrary<Instant> anySecond = Arbitraries.longs().between(FROM, UNTIL).map(Instant::ofEpochSecond);
        Arbitrary<Instant> halfHours =
                Arbitraries.longs().between(FROM / 1800, UNTIL / 1800).map(n -> Instant.ofEpochSecond(n * 1800));
        Arbitrary<Instant> withNanos = Combinators.combine(
                        anySecond, Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::plusNanos);
        return Arbitraries.frequencyOf(Tuple.of(4, anySecond), Tuple.of(4, halfHours), Tuple.of(1, withNanos));
    }

    /** Up to about 60 days, often small or whole minutes, sometimes exact to the nanosecond. */
    static Arbitrary<Duration> amounts() {
        Arbitrary<Duration> seconds =
                Arbitraries.longs().between(0, 60L * 86_400).map(Duration::ofSeconds);
        Arbitrary<Duration> minutes =
                Arbitraries.longs().between(0, 3 * 24 * 60).map(Duration::ofMinutes);
        Arbitrary<Duration> nanos =
                Arbitraries.longs().between(0, 60L * 86_400 * 1_000_000_000L).map(Duration::ofNanos);
        return Arbitraries.frequencyOf(
                Tuple.of(3, seconds),
                Tuple.of(3, minutes),
                Tuple.of(1, nanos),
                Tuple.of(1, Arbitraries.just(Duration.ZERO)));
    }

    private static Arbitrary<Map<DayOfWeek, List<OpeningRange>>> weeks() {
        return dayRanges()
                .list()
                .ofSize(7)
                .filter(days -> days.stream().anyMatch(ranges -> !ranges.isEmpty()))
                .map(CalendarArbitraries::byWeekday);
    }

    /** Zero to three ranges from distinct half-hour bounds of a day, 00:00 and 24:00 included. */
    private static Arbitrary<List<OpeningRange>> dayRanges() {
        return Arbitraries.integers()
                .between(0, 3)
                .flatMap(count -> Arbitraries.integers()
                        .between(0, HALF_HOURS_PER_DAY)
                        .set()
                        .ofSize(2 * count)
                        .map(bounds -> bounds.stream().sorted().toList())
                        .map(CalendarArbitraries::pairUp));
    }

    private static List<OpeningRange> pairUp(List<Integer> sortedHalfHours) {
        List<OpeningRange> ranges = new ArrayList<>();
        for (int i = 0; i < sortedHalfHours.size(); i += 2) {
            ranges.add(new OpeningRange(sortedHalfHours.get(i) * 30, sortedHalfHours.get(i + 1) * 30));
        }
        return ranges;
    }

    private static Map<DayOfWeek, List<OpeningRange>> byWeekday(List<List<OpeningRange>> days) {
        Map<DayOfWeek, List<OpeningRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, days.get(day.ordinal()));
        }
        return week;
    }
}
