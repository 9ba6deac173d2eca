package org.helpline.dashboard.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One chart: its categories along the x axis and one or more series of values (null where there
 * is nothing to show). {@code unit} is {@code PERCENT}, {@code COUNT} or {@code RATING}.
 */
public record Chart(String id, Kind kind, String unit, List<String> categories, List<Series> series) {

    /** How the chart is drawn. */
    public enum Kind {
        BARS,
        LINES
    }

    /** A named row of values, one per category. */
    public record Series(String name, List<Double> values) {

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** The chart as CSV: a header of the category and series names, then one line per category. */
    public String csv() {
        var out = new StringBuilder("category");
        series.forEach(s -> out.append(',').append(cell(s.name())));
        out.append('\n');
        for (int i = 0; i < categories.size(); i++) {
            out.append(cell(categories.get(i)));
            for (var s : series) {
                var value = s.values().get(i);
                out.append(',').append(value == null ? "" : format(value));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String cell(String text) {
        var safe = text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")
                ? "'" + text
                : text;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? '"' + safe.replace("\"", "\"\"") + '"'
                : safe;
    }
}
