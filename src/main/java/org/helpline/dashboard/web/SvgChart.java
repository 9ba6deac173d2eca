package org.helpline.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.helpline.dashboard.internal.Chart;
import org.springframework.web.util.HtmlUtils;

/** Draws a chart as inline SVG on the server: grouped bars or lines, an axis maximum and a legend. */
final class SvgChart {

    private static final List<String> COLOURS = List.of("#1f6feb", "#d97706", "#059669", "#9333ea");
    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int TOP = 28;
    private static final int PLOT_HEIGHT = 180;

    private SvgChart() {}

    static String render(Chart chart, String title, UnaryOperator<String> seriesLabel) {
        var max = max(chart);
        var out = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\""
                        + " width=\"100%%\" data-chart=\"%s\"><title>%s</title>",
                WIDTH,
                HEIGHT,
                esc(chart.id()),
                esc(title)));
        out.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#8a949e\"/>",
                LEFT,
                TOP + PLOT_HEIGHT,
                WIDTH - 10,
                TOP + PLOT_HEIGHT));
        out.append(text(4, TOP + 4, label(max)));
        out.append(text(4, TOP + PLOT_HEIGHT, "0"));
        var slot = (WIDTH - LEFT - 10) / (double) Math.max(1, chart.categories().size());
        for (int i = 0; i < chart.categories().size(); i++) {
            out.append(text(
                    LEFT + slot * i + 2,
                    TOP + PLOT_HEIGHT + 14,
                    chart.categories().get(i)));
        }
        for (int s = 0; s < chart.series().size(); s++) {
            var series = chart.series().get(s);
            var colour = COLOURS.get(s % COLOURS.size());
            if (chart.kind() == Chart.Kind.BARS) {
                bars(out, series, s, chart.series().size(), slot, max, colour);
            } else {
                line(out, series, slot, max, colour);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"6\" width=\"10\" height=\"10\" fill=\"%s\"/>",
                    LEFT + s * 110,
                    colour));
            out.append(text(LEFT + s * 110 + 14, 15, seriesLabel.apply(series.name())));
        }
        return out.append("</svg>").toString();
    }

    private static void bars(
            StringBuilder out, Chart.Series series, int index, int count, double slot, double max, String colour) {
        var width = Math.max(2, (slot - 8) / count);
        for (int i = 0; i < series.values().size(); i++) {
            var value = series.values().get(i);
            if (value != null) {
                var height = PLOT_HEIGHT * value / max;
                out.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                                + " height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                        LEFT + slot * i + 4 + width * index,
                        TOP + PLOT_HEIGHT - height,
                        width,
                        height,
                        colour,
                        esc(series.name() + ": " + label(value))));
            }
        }
    }

    private static void line(StringBuilder out, Chart.Series series, double slot, double max, String colour) {
        var points = new StringBuilder();
        for (int i = 0; i < series.values().size(); i++) {
            var value = series.values().get(i);
            if (value != null) {
                var x = LEFT + slot * i + slot / 2;
                var y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * value / max;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
                out.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\""
                                + " fill=\"%s\"><title>%s</title></circle>",
                        x,
                        y,
                        colour,
                        esc(series.name() + ": " + label(value))));
            }
        }
        out.append(String.format(
                Locale.ROOT,
                "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                points.toString().strip(),
                colour));
    }

    private static double max(Chart chart) {
        return switch (chart.unit()) {
            case "PERCENT" -> 100;
            case "RATING" -> 5;
            default ->
                Math.max(
                        1,
                        chart.series().stream()
                                .flatMap(s -> s.values().stream())
                                .filter(v -> v != null)
                                .mapToDouble(Double::doubleValue)
                                .max()
                                .orElse(1));
        };
    }

    private static String text(double x, double y, String text) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" fill=\"#1b1f24\">%s</text>",
                x,
                y,
                esc(text));
    }

    private static String label(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
