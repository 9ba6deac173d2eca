// Draws each chart of the dashboard with ECharts from the figures of its own table (data-table), so
// what a screen reader reads and what the eye sees are the same numbers. Numbers are formatted for
// the page's language; tooltips are drawn on the canvas (renderMode richText), because ECharts'
// HTML tooltips carry inline styles that the Content-Security-Policy refuses.
(function () {
    "use strict";

    // Okabe-Ito colours: told apart with every common kind of colour blindness.
    var COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7"];
    var language = document.documentElement.lang || "en";
    var FEW = 6;

    function figures(table) {
        var series = Array.prototype.map.call(table.tHead.rows[0].cells, function (cell) {
            return cell.textContent.trim();
        }).slice(1);
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        return {
            labels: rows.map(function (row) { return row.cells[0].textContent.trim(); }),
            axisLabels: rows.map(function (row) { return row.cells[0].getAttribute("data-axis"); }),
            series: series.map(function (name, index) {
                return {
                    name: name,
                    values: rows.map(function (row) {
                        var value = row.cells[index + 1].getAttribute("data-value");
                        return value === "" ? null : Number(value);
                    })
                };
            })
        };
    }

    function formatter(unit, noFigure) {
        var format = unit === "PERCENT"
            ? new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 })
            : new Intl.NumberFormat(language, { maximumFractionDigits: unit === "RATING" ? 2 : 0 });
        return function (value) {
            if (value === null || value === undefined || value === "-" || isNaN(value)) {
                return noFigure;
            }
            return format.format(unit === "PERCENT" ? value / 100 : value);
        };
    }

    function valueAxis(unit, format) {
        var axis = { type: "value", min: 0, axisLabel: { formatter: format } };
        if (unit === "PERCENT") {
            axis.max = 100;
        } else if (unit === "RATING") {
            axis.max = 5;
            axis.interval = 1;
        } else {
            axis.minInterval = 1;
        }
        return axis;
    }

    // A few categories (buckets, severities) each keep their label, wrapped within their column by
    // fitLabels; many (weeks) show as many labels as fit.
    function categoryAxis(data, horizontal) {
        var few = !horizontal && data.labels.length <= FEW;
        return {
            type: "category",
            data: data.labels,
            inverse: horizontal,
            axisTick: { alignWithLabel: true },
            axisLabel: {
                interval: few ? 0 : "auto",
                hideOverlap: !few,
                width: horizontal ? 120 : undefined,
                overflow: horizontal ? "truncate" : "break",
                formatter: function (value, index) { return data.axisLabels[index]; }
            }
        };
    }

    function option(element, data) {
        var unit = element.getAttribute("data-unit");
        var kind = element.getAttribute("data-kind");
        var horizontal = element.getAttribute("data-horizontal") === "true";
        var format = formatter(unit, element.getAttribute("data-no-figure"));
        var style = getComputedStyle(document.body);
        var categories = categoryAxis(data, horizontal);
        var values = valueAxis(unit, format);
        return {
            animation: false,
            color: COLOURS,
            textStyle: { fontFamily: style.fontFamily, fontSize: 12, color: style.color },
            grid: { left: 8, right: 16, top: data.series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
            legend: { show: data.series.length > 1, type: "scroll", top: 0, textStyle: { fontSize: 12 } },
            tooltip: {
                trigger: "axis",
                renderMode: "richText",
                axisPointer: { type: kind === "bar" ? "shadow" : "line" },
                valueFormatter: format
            },
            xAxis: horizontal ? values : categories,
            yAxis: horizontal ? categories : values,
            series: data.series.map(function (series) {
                return {
                    type: kind,
                    name: series.name,
                    data: series.values,
                    symbolSize: 8,
                    connectNulls: false,
                    barMaxWidth: 48
                };
            })
        };
    }

    // Labels under a few columns wrap within their column, so they never overlap.
    function fitLabels(chart, element, count, horizontal) {
        if (!horizontal && count <= FEW) {
            chart.setOption({ xAxis: { axisLabel: { width: Math.max(40, (element.clientWidth - 70) / count - 6) } } });
        }
    }

    function draw(element) {
        var table = document.getElementById(element.getAttribute("data-table"));
        if (!table || typeof echarts === "undefined") {
            return;
        }
        var data = figures(table);
        var horizontal = element.getAttribute("data-horizontal") === "true";
        var chart = echarts.init(element, null, { renderer: "canvas" });
        chart.setOption(option(element, data));
        fitLabels(chart, element, data.labels.length, horizontal);
        new ResizeObserver(function () {
            chart.resize();
            fitLabels(chart, element, data.labels.length, horizontal);
        }).observe(element);
    }

    document.querySelectorAll(".dashboard-chart[data-table]").forEach(draw);
})();
