package org.helpline.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpline.dashboard.internal.Chart;
import org.helpline.dashboard.internal.Chart.Kind;
import org.helpline.dashboard.internal.Chart.Series;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A chart in the reader's words and numbers, from the real message bundles. */
class ChartViewsTests {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    @Test
    void weeksReadAsDatesAndSharesAsPercentagesOfTheReadersLanguage() {
        var chart = new Chart(
                "attainment",
                Kind.LINES,
                "PERCENT",
                List.of("2020-01-06", "2020-01-13"),
                List.of(series("A", 50.0, null), series("B", 66.666, 100.0)));

        var english = views(Locale.ENGLISH).of(chart);
        assertThat(english.title()).isEqualTo("First responses on time, % per week and severity");
        assertThat(english.kind()).isEqualTo("line");
        assertThat(english.categoryHeading()).isEqualTo("Week");
        assertThat(english.series()).containsExactly("Severity A", "Severity B");
        var first = english.rows().get(0);
        assertThat(first.label()).isEqualTo("Week of Jan 6, 2020");
        assertThat(first.axisLabel()).isEqualTo("Jan 6");
        assertThat(first.cells()).extracting(ChartView.Cell::text).containsExactly("50%", "67%");
        assertThat(first.cells()).extracting(ChartView.Cell::value).containsExactly("50", "66.67");
        var missing = english.rows().get(1).cells().get(0);
        assertThat(missing.missing()).isTrue();
        assertThat(missing.text()).isEqualTo("no figure");

        var polish = views(POLISH).of(chart);
        assertThat(polish.rows().get(0).label()).isEqualTo("Tydzień od 6 sty 2020");
        assertThat(polish.rows().get(0).cells().get(1).text()).isEqualTo("67%");
        assertThat(polish.rows().get(1).cells().get(0).text()).isEqualTo("brak danych");

        var chinese = views(CHINESE).of(chart);
        assertThat(chinese.rows().get(0).label()).isEqualTo("2020年1月6日起的一周");
        assertThat(chinese.rows().get(0).axisLabel()).isEqualTo("1月6日");
        assertThat(chinese.series()).containsExactly("严重级别 A", "严重级别 B");
    }

    @Test
    void ratingsKeepTheirDecimalsWithTheLocalesSeparator() {
        var chart = new Chart(
                "satisfaction-severity", Kind.BARS, "RATING", List.of("A", "B"), List.of(series("rating", 3.33, 5.0)));

        assertThat(views(Locale.ENGLISH).of(chart).rows())
                .extracting(ChartView.Row::label, row -> row.cells().get(0).text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Severity A", "3.33"),
                        org.assertj.core.groups.Tuple.tuple("Severity B", "5"));
        assertThat(views(POLISH).of(chart).rows().get(0).cells().get(0).text()).isEqualTo("3,33");
    }

    @Test
    void servicesAreNamedAndWhatWasNotRecordedSaysSo() {
        var chart = new Chart(
                "satisfaction-service",
                Kind.BARS,
                "RATING",
                List.of("-", "mail", "retired"),
                List.of(series("rating", 4.0, 3.5, 2.0)));

        var view = views(Locale.ENGLISH).of(chart);

        assertThat(view.horizontal()).isTrue();
        assertThat(view.rows()).extracting(ChartView.Row::label).containsExactly("Not recorded", "Email", "retired");
    }

    @Test
    void everyAgeAndResponseTimeBucketIsPutInWords() {
        var backlog = new Chart(
                "backlog",
                Kind.BARS,
                "COUNT",
                List.of("<1d", "1-3d", "3-7d", ">7d"),
                List.of(series("A", 1.0, 2.0, 0.0, 1234.0)));
        var responses = new Chart(
                "response-times",
                Kind.BARS,
                "COUNT",
                List.of("<15m", "15m-1h", "1-4h", "4-24h", ">24h"),
                List.of(series("requests", 0.0, 1.0, 1.0, 1.0, 1.0)));

        assertThat(views(Locale.ENGLISH).of(backlog).rows())
                .extracting(ChartView.Row::label)
                .containsExactly("under 1 day", "1 to 3 days", "3 to 7 days", "over 7 days");
        assertThat(views(Locale.ENGLISH)
                        .of(backlog)
                        .rows()
                        .get(3)
                        .cells()
                        .get(0)
                        .text())
                .isEqualTo("1,234");
        assertThat(views(POLISH).of(responses).rows())
                .extracting(ChartView.Row::label)
                .containsExactly(
                        "poniżej 15 min",
                        "od 15 min do 1 godz.",
                        "od 1 do 4 godz.",
                        "od 4 do 24 godz.",
                        "ponad 24 godz.");
        assertThat(views(CHINESE).of(responses).rows().get(0).label()).isEqualTo("不到 15 分钟");
    }

    @Test
    void aChartOfNothingButZerosAndGapsIsEmptyAndSaysWhy() {
        var nothing = new Chart(
                "breaches",
                Kind.BARS,
                "COUNT",
                List.of("2020-01-06", "2020-01-13"),
                List.of(series("breaches", 0.0, null)));
        var something = new Chart(
                "breaches",
                Kind.BARS,
                "COUNT",
                List.of("2020-01-06", "2020-01-13"),
                List.of(series("breaches", 0.0, 1.0)));

        assertThat(views(Locale.ENGLISH).of(nothing).empty()).isTrue();
        assertThat(views(Locale.ENGLISH).of(nothing).emptyText())
                .isEqualTo("No request breached an SLA in this period.");
        assertThat(views(Locale.ENGLISH).of(something).empty()).isFalse();
    }

    private static ChartViews views(Locale locale) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/surveys");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ChartViews(messages, locale, Map.of("mail", "Email"));
    }

    private static Series series(String name, Double... values) {
        return new Series(name, Arrays.asList(values));
    }
}
