package org.helpline.dashboard.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.helpline.dashboard.internal.Chart.Kind;
import org.helpline.dashboard.internal.Chart.Series;

/** Turns the tallies of {@link ReportingRows} into the dashboard's charts; weeks start on Monday, in UTC. */
final class Figures {

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

    /** Per week and severity, the share of first responses met of those counted (null when none). */
    public static Chart attainment(List<Tally> tallies, List<LocalDate> weeks) {
        var series = SEVERITIES.stream()
                .map(severity -> {
                    var counted = new long[weeks.size()];
                    var met = new long[weeks.size()];
                    tallies.stream().filter(t -> severity.equals(t.key())).forEach(t -> {
                        var i = weeks.indexOf(week(t.day()));
                        if (i >= 0) {
                            counted[i] += t.count();
                            met[i] += t.sum();
                        }
                    });
                    var values = new ArrayList<Double>();
                    for (int i = 0; i < weeks.size(); i++) {
                        values.add(counted[i] == 0 ? null : 100.0 * met[i] / counted[i]);
                    }
                    return new Series(severity, values);
                })
                .toList();
        return new Chart("attainment", Kind.LINES, "PERCENT", labels(weeks), series);
    }

    /** Open requests by severity and age: {@code tallies} keyed by severity, their sum the age's index. */
    public static Chart backlog(List<Tally> tallies) {
        var series = SEVERITIES.stream()
                .map(severity -> {
                    var counts = new double[AGES.size()];
                    tallies.stream()
                            .filter(t -> severity.equals(t.key()))
                            .forEach(t -> counts[(int) t.sum()] += t.count());
                    return new Series(severity, Arrays.stream(counts).boxed().toList());
                })
                .toList();
        return new Chart("backlog", Kind.BARS, "COUNT", AGES, series);
    }

    /** Per week, the requests received then that breached a deadline. */
    public static Chart breaches(List<Tally> tallies, List<LocalDate> weeks) {
        var counts = new double[weeks.size()];
        tallies.forEach(t -> {
            var i = weeks.indexOf(week(t.day()));
            if (i >= 0) {
                counts[i] += t.count();
            }
        });
        var series = new Series("breaches", Arrays.stream(counts).boxed().toList());
        return new Chart("breaches", Kind.BARS, "COUNT", labels(weeks), List.of(series));
    }

    /** How long first responses took: {@code counts} per {@link #RESPONSE_TIMES} bucket. */
    public static Chart responseTimes(long[] counts) {
        var values = Arrays.stream(counts).mapToDouble(c -> c).boxed().toList();
        return new Chart("response-times", Kind.BARS, "COUNT", RESPONSE_TIMES, List.of(new Series("requests", values)));
    }

    /** Average rating per week of answering, from answers and rating sums per day. */
    public static Chart satisfactionTrend(List<Tally> tallies, List<LocalDate> weeks) {
        var answers = new long[weeks.size()];
        var ratings = new long[weeks.size()];
        tallies.forEach(t -> {
            var i = weeks.indexOf(week(t.day()));
            if (i >= 0) {
                answers[i] += t.count();
                ratings[i] += t.sum();
            }
        });
        var values = new ArrayList<Double>();
        for (int i = 0; i < weeks.size(); i++) {
            values.add(average(answers[i], ratings[i]));
        }
        return new Chart("satisfaction", Kind.LINES, "RATING", labels(weeks), List.of(new Series("rating", values)));
    }

    /** Average rating per agent, service or severity (the tallies' keys); {@code id} names the chart. */
    public static Chart satisfactionBy(String id, List<Tally> tallies) {
        var groups = new TreeMap<String, long[]>();
        tallies.forEach(t -> {
            var group = groups.computeIfAbsent(nameOf(t.key()), k -> new long[2]);
            group[0] += t.count();
            group[1] += t.sum();
        });
        var values = groups.values().stream().map(g -> average(g[0], g[1])).toList();
        return new Chart(id, Kind.BARS, "RATING", List.copyOf(groups.keySet()), List.of(new Series("rating", values)));
    }

    static LocalDate week(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<String> labels(List<LocalDate> weeks) {
        return weeks.stream().map(LocalDate::toString).toList();
    }

    private static Double average(long answers, long ratings) {
        return answers == 0 ? null : Math.round((double) ratings / answers * 100) / 100.0;
    }

    private static String nameOf(String name) {
        return name == null || name.isBlank() ? "-" : name;
    }
}
