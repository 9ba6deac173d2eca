package org.helpline.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.helpline.dashboard.Chart;
import org.junit.jupiter.api.Test;

/** The dashboard's figures over a small data set whose answers are worked out by hand. */
class FiguresTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NEXT_MONDAY = MONDAY.plus(Duration.ofDays(7));
    private static final Instant NOW = Instant.parse("2026-03-12T12:00:00Z");
    private static final List<LocalDate> WEEKS =
            Figures.weeks(LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-12"));

    // week 1: A met, A missed, B met, B not due yet and unanswered (not counted); week 2: A met, breached C
    private static final List<RequestFact> REQUESTS = List.of(
            fact("A", "RESOLVED", MONDAY, 60, 30, false),
            fact("A", "CLOSED", MONDAY.plusSeconds(3600), 60, 90, true),
            fact("B", "IN_PROGRESS", MONDAY.plus(Duration.ofDays(2)), 600, 300, false),
            fact("B", "NEW", MONDAY.plus(Duration.ofDays(3)), 60 * 24 * 30, -1, false),
            fact("A", "IN_PROGRESS", NEXT_MONDAY, 60, 10, false),
            fact("C", "AWAITING_CUSTOMER", NEXT_MONDAY.plus(Duration.ofDays(1)), 60, -1, true));

    @Test
    void weeksStartOnMonday() {
        assertThat(WEEKS).containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"));
    }

    @Test
    void attainmentCountsOnlyResponsesGivenOrDue() {
        var chart = Figures.attainment(REQUESTS, WEEKS, NOW);

        assertThat(values(chart, "A")).containsExactly(50.0, 100.0);
        assertThat(values(chart, "B")).containsExactly(100.0, null);
        assertThat(values(chart, "C")).containsExactly(null, 0.0);
        assertThat(chart.csv()).isEqualTo("category,A,B,C\n2026-03-02,50,100,\n2026-03-09,100,,0\n");
    }

    @Test
    void backlogSplitsOpenRequestsByAge() {
        var chart = Figures.backlog(REQUESTS, NOW);

        assertThat(chart.categories()).containsExactly("<1d", "1-3d", "3-7d", ">7d");
        assertThat(values(chart, "A")).containsExactly(0.0, 0.0, 1.0, 0.0);
        assertThat(values(chart, "B")).containsExactly(0.0, 0.0, 0.0, 2.0);
        assertThat(values(chart, "C")).containsExactly(0.0, 1.0, 0.0, 0.0);
    }

    @Test
    void breachesAndResponseTimes() {
        assertThat(values(Figures.breaches(REQUESTS, WEEKS), "breaches")).containsExactly(1.0, 1.0);
        assertThat(values(Figures.responseTimes(REQUESTS), "requests")).containsExactly(1.0, 1.0, 1.0, 1.0, 0.0);
    }

    @Test
    void satisfactionTrendAndSplits() {
        var answers = List.of(
                new SurveyFact(MONDAY, 5, "Ann", "mail", "A"),
                new SurveyFact(MONDAY.plusSeconds(60), 2, "Bob", "mail", "B"),
                new SurveyFact(NEXT_MONDAY, 4, "Ann", null, "A"));

        assertThat(values(Figures.satisfactionTrend(answers, WEEKS), "rating")).containsExactly(3.5, 4.0);
        var byAgent = Figures.satisfactionBy("satisfaction-agent", answers, SurveyFact::agentName);
        assertThat(byAgent.categories()).containsExactly("Ann", "Bob");
        assertThat(values(byAgent, "rating")).containsExactly(4.5, 2.0);
        var byService = Figures.satisfactionBy("satisfaction-service", answers, SurveyFact::serviceId);
        assertThat(byService.categories()).containsExactly("-", "mail");
        assertThat(values(byService, "rating")).containsExactly(4.0, 3.5);
    }

    private static List<Double> values(Chart chart, String series) {
        return chart.series().stream()
                .filter(s -> s.name().equals(series))
                .findFirst()
                .orElseThrow()
                .values();
    }

    private static RequestFact fact(
            String severity,
            String status,
            Instant received,
            int targetMinutes,
            int respondedAfterMinutes,
            boolean breached) {
        var responded = respondedAfterMinutes < 0 ? null : received.plus(Duration.ofMinutes(respondedAfterMinutes));
        return new RequestFact(
                severity, status, received, received.plus(Duration.ofMinutes(targetMinutes)), responded, breached);
    }
}
