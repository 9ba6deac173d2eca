package org.helpline.dashboard.web;

import java.util.List;

/**
 * A chart as the page shows it, every text in the reader's language: its figures as a table
 * (which a screen reader reads and {@code dashboard.js} draws from), how to draw them and what to
 * say when there is nothing to draw.
 *
 * @param kind {@code bar} or {@code line}, as ECharts names its series types
 * @param unit {@code PERCENT}, {@code COUNT} or {@code RATING}: how the script formats values
 * @param horizontal whether the bars lie along the categories (names too long for an x axis)
 */
record ChartView(
        String id,
        String title,
        String kind,
        String unit,
        boolean horizontal,
        String categoryHeading,
        List<String> series,
        List<Row> rows,
        String emptyText) {

    /** One category: its label in the table and tooltip, a shorter one for the axis, and its cells. */
    record Row(String label, String axisLabel, List<Cell> cells) {}

    /**
     * One figure: {@code value} plain for the script ({@code ""} when there is none), {@code text}
     * formatted for the reader.
     */
    record Cell(String value, String text) {

        public boolean missing() {
            return value.isEmpty();
        }
    }

    /** Nothing to draw: no category has a figure other than nothing or zero. */
    public boolean empty() {
        return rows.stream()
                .flatMap(row -> row.cells().stream())
                .noneMatch(cell -> !cell.missing() && Double.parseDouble(cell.value()) != 0);
    }
}
