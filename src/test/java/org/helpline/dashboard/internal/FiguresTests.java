package org.helpline.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The dashboard's figures over small tallies whose answers are worked out by hand. */
class FiguresTests {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-02");
    private static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);
    private static final List<LocalDate> WEEKS =
            Figures.weeks(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-12"));

    @Test
    void weeksStartOnMonday() {
        assertThat(WEEKS).containsExactly(MONDAY, NEXT_MONDAY);
    }

    @Test
    void attainmentIsTheShareMetOfThoseCountedPerWeek() {
        // week 1: A 1 of 2 (two days), B 1 of 1; week 2: A 1 of 1, C 0 of 1; a day outside the weeks is ignored
        var tallies = List.of(
                new Tally(MONDAY, "A", 1, 1),
                new Tally(MONDAY.plusDays(1), "A", 1, 0),
                new Tally(MONDAY.plusDays(2), "B", 1, 1),
                new Tally(NEXT_MONDAY, "A", 1, 1),
                new Tally(NEXT_MONDAY.plusDays(1), "C", 1, 0),
                new Tally(MONDAY.minusDays(1), "C", 5, 5));

        var chart = Figures.attainment(tallies, WEEKS);

        assertThat(values(chart, "A")).containsExactly(50.0, 100.0);
        assertThat(values(chart, "B")).containsExactly(100.0, null);
        assertThat(values(chart, "C")).containsExactly(null, 0.0);
        assertThat(chart.csv()).isEqualTo("category,A,B,C\n2026-03-02,50,100,\n2026-03-09,100,,0\n");
    }

    @Test
    void backlogPlacesCountsBySeverityAndAge() {
        var chart = Figures.backlog(
                List.of(new Tally(null, "A", 1, 2), new Tally(null, "B", 2, 3), new Tally(null, "C", 1, 1)));

        assertThat(chart.categories()).containsExactly("<1d", "1-3d", "3-7d", ">7d");
        assertThat(values(chart, "A")).containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(values(chart, "B")).containsExactly(0.0, 0.0, 0.0, 2.0);
        assertThat(values(chart, "C")).containsExactly(0.0, 1.0, 0.0, 0.0);
    }

    @Test
    void breachesAndResponseTimes() {
        var breaches = List.of(
                new Tally(MONDAY, null, 1, 0), new Tally(NEXT_MONDAY, null, 0, 0), new Tally(NEXT_MONDAY, null, 1, 0));
        assertThat(values(Figures.breaches(breaches, WEEKS), "breaches")).containsExactly(1.0, 1.0);
        assertThat(values(Figures.responseTimes(new long[] {1, 1, 1, 1, 0}), "requests"))
                .containsExactly(1.0, 1.0, 1.0, 1.0, 0.0);
    }

    @Test
    void satisfactionTrendAndSplits() {
        var trend = List.of(new Tally(MONDAY, null, 2, 7), new Tally(NEXT_MONDAY, null, 1, 4));
        assertThat(values(Figures.satisfactionTrend(trend, WEEKS), "rating")).containsExactly(3.5, 4.0);

        var byAgent = Figures.satisfactionBy(
                "satisfaction-agent", List.of(new Tally(null, "Ann", 2, 9), new Tally(null, "Bob", 1, 2)));
        assertThat(byAgent.categories()).containsExactly("Ann", "Bob");
        assertThat(values(byAgent, "rating")).containsExactly(4.5, 2.0);
        var byService = Figures.satisfactionBy(
                "satisfaction-service",
                List.of(new Tally(null, "", 1, 4), new Tally(null, " ", 1, 4), new Tally(null, "mail", 3, 10)));
        assertThat(byService.categories()).containsExactly("-", "mail");
        assertThat(values(byService, "rating")).containsExactly(4.0, 3.33);
    }

    @Test
    void aRequestCountsOnItsDayOfReceiptInUtc() {
        var received = Instant.parse("2026-03-02T23:30:00Z");
        var row = new RequestRow(
                UUID.randomUUID(),
                "global",
                "",
                "A",
                received,
                received.plus(Duration.ofHours(1)),
                received.plus(Duration.ofMinutes(60)),
                false,
                false);

        var counts = row.counts();

        assertThat(counts.day()).isEqualTo(MONDAY);
        assertThat(counts.responded()).isEqualTo(1);
        assertThat(counts.met()).isEqualTo(1);
        assertThat(counts.took()).isEqualTo(2);
        assertThat(row.unanswered()).isFalse();
    }

    @Test
    void responseTimesFallIntoBucketsByWholeMinutes() {
        assertThat(RequestRow.responseBucket(Duration.ofSeconds(14 * 60 + 59))).isZero();
        assertThat(RequestRow.responseBucket(Duration.ofMinutes(15))).isEqualTo(1);
        assertThat(RequestRow.responseBucket(Duration.ofMinutes(239))).isEqualTo(2);
        assertThat(RequestRow.responseBucket(Duration.ofHours(24))).isEqualTo(4);
        assertThat(RequestRow.responseBucket(Duration.ofMinutes(-5))).isZero();
    }

    private static List<Double> values(Chart chart, String series) {
        return chart.series().stream()
                .filter(s -> s.name().equals(series))
                .findFirst()
                .orElseThrow()
                .values();
    }
}
