package org.helpline.dashboard.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.helpline.dashboard.internal.Chart;
import org.springframework.context.MessageSource;

/**
 * Puts a chart into the reader's words: weeks as dates, severities, age and response-time
 * buckets in words, services by name, figures formatted for the locale. The CSV keeps the plain
 * categories; only the page speaks the reader's language.
 */
final class ChartViews {

    private static final Set<String> BY_WEEK = Set.of("attainment", "breaches", "satisfaction");
    private static final Set<String> BY_NAME = Set.of("satisfaction-agent", "satisfaction-service");
    private static final Set<String> BY_SEVERITY = Set.of("satisfaction-severity");
    private static final String NOT_RECORDED = "-";

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> serviceNames;

    /** {@code serviceNames}: each service id of the organisation's catalog with its name to show. */
    ChartViews(MessageSource messages, Locale locale, Map<String, String> serviceNames) {
        this.messages = messages;
        this.locale = locale;
        this.serviceNames = serviceNames;
    }

    ChartView of(Chart chart) {
        var id = chart.id();
        var label = categoryLabel(id);
        var axisLabel = BY_WEEK.contains(id) ? weekAxisLabel() : label;
        var rows = new ArrayList<ChartView.Row>();
        for (int i = 0; i < chart.categories().size(); i++) {
            var category = chart.categories().get(i);
            var cells = new ArrayList<ChartView.Cell>();
            for (var series : chart.series()) {
                cells.add(cell(chart.unit(), series.values().get(i)));
            }
            rows.add(new ChartView.Row(label.apply(category), axisLabel.apply(category), cells));
        }
        return new ChartView(
                id,
                text("dashboard.chart." + id),
                chart.kind() == Chart.Kind.BARS ? "bar" : "line",
                chart.unit(),
                BY_NAME.contains(id),
                text("dashboard.category." + id),
                chart.series().stream()
                        .map(s -> text("dashboard.series." + s.name()))
                        .toList(),
                rows,
                text("dashboard.empty." + id));
    }

    /** The name of a service to show, its id when the catalog no longer has it. */
    String serviceName(String serviceId) {
        return serviceNames.getOrDefault(serviceId, serviceId);
    }

    private UnaryOperator<String> categoryLabel(String id) {
        if (BY_WEEK.contains(id)) {
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
            return week -> text("dashboard.week", date.format(LocalDate.parse(week)));
        }
        if (BY_SEVERITY.contains(id)) {
            return severity -> text("dashboard.series." + severity);
        }
        if (id.equals("satisfaction-service")) {
            return service -> NOT_RECORDED.equals(service) ? text("dashboard.notRecorded") : serviceName(service);
        }
        if (id.equals("satisfaction-agent")) {
            return agent -> NOT_RECORDED.equals(agent) ? text("dashboard.notRecorded") : agent;
        }
        return bucket -> text("dashboard.bucket." + bucket);
    }

    /** A week on the axis: its Monday, short ("Jan 6"); the pattern is one of the messages. */
    private UnaryOperator<String> weekAxisLabel() {
        var date = DateTimeFormatter.ofPattern(text("dashboard.week.axis"), locale);
        return week -> date.format(LocalDate.parse(week));
    }

    private ChartView.Cell cell(String unit, Double value) {
        if (value == null) {
            return new ChartView.Cell("", text("dashboard.noFigure"));
        }
        var plain = value == Math.rint(value)
                ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.2f", value);
        return new ChartView.Cell(plain, format(unit, value));
    }

    private String format(String unit, double value) {
        return switch (unit) {
            case "PERCENT" -> {
                var percent = NumberFormat.getPercentInstance(locale);
                percent.setMaximumFractionDigits(0);
                yield percent.format(value / 100);
            }
            case "RATING" -> {
                var rating = NumberFormat.getNumberInstance(locale);
                rating.setMaximumFractionDigits(2);
                yield rating.format(value);
            }
            default -> NumberFormat.getIntegerInstance(locale).format(value);
        };
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
