package org.helpline.dashboard.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.helpline.dashboard.Chart;
import org.helpline.dashboard.Chart.Kind;
import org.helpline.dashboard.Chart.Series;

/** Turns request and survey facts into the dashboard's charts; weeks start on Monday, in UTC. */
public final class Figures {

    static final List<String> SEVERITIES = List.of("A", "B", "C");
    static final List<String> AGES = List.of("<1d", "1-3d", "3-7d", ">7d");
    static final List<String> RESPONSE_TIMES = List.of("<15m", "15m-1h", "1-4h", "4-24h", ">24h");

    private Figures() {}

    public static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        var weeks = new ArrayList<LocalDate>();
        for (var week = week(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    /** Per week and severity, the share of first responses given by their deadline, of those due or given. */
    public static Chart attainment(List<RequestFact> facts, List<LocalDate> weeks, Instant now) {
        var series = SEVERITIES.stream()
                .map(severity -> new Series(
                        severity,
                        weeks.stream()
                                .map(week -> {
                                    var counted = facts.stream()
                                            .filter(f -> f.severity().equals(severity)
                                                    && f.firstResponseDue() != null
                                                    && week(f.receivedAt()).equals(week)
                                                    && (f.firstResponseAt() != null
                                                            || !f.firstResponseDue()
                                                                    .isAfter(now)))
                                            .toList();
                                    var met = counted.stream()
                                            .filter(f -> f.firstResponseAt() != null
                                                    && !f.firstResponseAt().isAfter(f.firstResponseDue()))
                                            .count();
                                    return counted.isEmpty() ? null : 100.0 * met / counted.size();
                                })
                                .toList()))
                .toList();
        return new Chart("attainment", Kind.LINES, "PERCENT", labels(weeks), series);
    }

    /** Open requests by severity and age. */
    public static Chart backlog(List<RequestFact> open, Instant now) {
        var series = SEVERITIES.stream()
                .map(severity -> new Series(
                        severity,
                        AGES.stream()
                                .map(age -> (double) open.stream()
                                        .filter(f -> f.open()
                                                && f.severity().equals(severity)
                                                && AGES.get(ageBucket(Duration.between(f.receivedAt(), now)))
                                                        .equals(age))
                                        .count())
                                .toList()))
                .toList();
        return new Chart("backlog", Kind.BARS, "COUNT", AGES, series);
    }

    /** Per week, the requests received then that breached a deadline. */
    public static Chart breaches(List<RequestFact> facts, List<LocalDate> weeks) {
        return new Chart(
                "breaches",
                Kind.BARS,
                "COUNT",
                labels(weeks),
                List.of(new Series(
                        "breaches",
                        weeks.stream()
                                .map(week -> (double) facts.stream()
                                        .filter(f -> f.breached()
                                                && week(f.receivedAt()).equals(week))
                                        .count())
                                .toList())));
    }

    /** How long first responses took. */
    public static Chart responseTimes(List<RequestFact> facts) {
        var counts = new double[RESPONSE_TIMES.size()];
        facts.stream()
                .filter(f -> f.firstResponseAt() != null)
                .forEach(f -> counts[responseBucket(Duration.between(f.receivedAt(), f.firstResponseAt()))]++);
        var values = new ArrayList<Double>();
        for (var count : counts) {
            values.add(count);
        }
        return new Chart("response-times", Kind.BARS, "COUNT", RESPONSE_TIMES, List.of(new Series("requests", values)));
    }

    /** Average rating per week of answering. */
    public static Chart satisfactionTrend(List<SurveyFact> answers, List<LocalDate> weeks) {
        return new Chart(
                "satisfaction",
                Kind.LINES,
                "RATING",
                labels(weeks),
                List.of(new Series(
                        "rating",
                        weeks.stream()
                                .map(week -> average(
                                        answers, a -> week(a.answeredAt()).equals(week)))
                                .toList())));
    }

    /** Average rating per agent, service or severity: {@code id} names the chart, {@code key} the split. */
    public static Chart satisfactionBy(String id, List<SurveyFact> answers, Function<SurveyFact, String> key) {
        var groups = new TreeMap<String, List<SurveyFact>>();
        answers.forEach(a -> groups.computeIfAbsent(nameOf(key.apply(a)), k -> new ArrayList<>())
                .add(a));
        var values =
                groups.values().stream().map(group -> average(group, a -> true)).toList();
        return new Chart(id, Kind.BARS, "RATING", List.copyOf(groups.keySet()), List.of(new Series("rating", values)));
    }

    static LocalDate week(Instant at) {
        return week(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<String> labels(List<LocalDate> weeks) {
        return weeks.stream().map(LocalDate::toString).toList();
    }

    private static Double average(List<SurveyFact> answers, Predicate<SurveyFact> which) {
        var stats = answers.stream().filter(which).mapToInt(SurveyFact::rating).summaryStatistics();
        return stats.getCount() == 0 ? null : Math.round(stats.getAverage() * 100) / 100.0;
    }

    private static String nameOf(String name) {
        return name == null || name.isBlank() ? "-" : name;
    }

    private static int ageBucket(Duration age) {
        var hours = age.toHours();
        return hours < 24 ? 0 : hours < 72 ? 1 : hours < 168 ? 2 : 3;
    }

    private static int responseBucket(Duration took) {
        var minutes = took.toMinutes();
        return minutes < 15 ? 0 : minutes < 60 ? 1 : minutes < 240 ? 2 : minutes < 1440 ? 3 : 4;
    }
}
