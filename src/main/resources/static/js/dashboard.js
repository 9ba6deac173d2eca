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
    var NARROW = 480;

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

    function valueAxis(unit, format, lying) {
        var axis = { type: "value", min: 0, splitNumber: lying ? 2 : 5, axisLabel: { formatter: format, hideOverlap: true } };
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

    // Bars lie along their categories when the names are long (data-horizontal) or when a few
    // columns would leave their labels too little room (a phone).
    function horizontal(element, data) {
        return element.getAttribute("data-horizontal") === "true"
            || (element.getAttribute("data-kind") === "bar" && data.labels.length <= FEW
                && element.clientWidth < NARROW);
    }

    // A few categories (buckets, severities) each keep their label, wrapped within their column;
    // many (weeks) show as many labels as fit.
    function categoryAxis(element, data, lying) {
        var few = !lying && data.labels.length <= FEW;
        var column = Math.max(40, (element.clientWidth - 70) / data.labels.length - 6);
        return {
            type: "category",
            data: data.labels,
            inverse: lying,
            axisTick: { alignWithLabel: true },
            axisLabel: {
                interval: few ? 0 : "auto",
                hideOverlap: !few,
                width: lying ? 120 : (few ? column : undefined),
                overflow: lying ? "truncate" : "break",
                formatter: function (value, index) { return data.axisLabels[index]; }
            }
        };
    }

    function option(element, data) {
        var unit = element.getAttribute("data-unit");
        var kind = element.getAttribute("data-kind");
        var lying = horizontal(element, data);
        var format = formatter(unit, element.getAttribute("data-no-figure"));
        var style = getComputedStyle(document.body);
        var categories = categoryAxis(element, data, lying);
        var values = valueAxis(unit, format, lying);
        return {
            animation: false,
            color: COLOURS,
            textStyle: { fontFamily: style.fontFamily, fontSize: 12, color: style.color },
            // containLabel leaves a truncated side label a few pixels short: more room on that side
            grid: { left: lying ? 24 : 8, right: 16, top: data.series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
            legend: { show: data.series.length > 1, type: "scroll", top: 0, textStyle: { fontSize: 12 } },
            tooltip: {
                trigger: "axis",
                renderMode: "richText",
                axisPointer: { type: kind === "bar" ? "shadow" : "line" },
                valueFormatter: format
            },
            xAxis: lying ? values : categories,
            yAxis: lying ? categories : values,
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

    function draw(element) {
        var table = document.getElementById(element.getAttribute("data-table"));
        if (!table || typeof echarts === "undefined") {
            return;
        }
        var data = figures(table);
        var chart = echarts.init(element, null, { renderer: "canvas" });
        chart.setOption(option(element, data));
        new ResizeObserver(function () {
            chart.resize();
            chart.setOption(option(element, data), true);
        }).observe(element);
    }

    document.querySelectorAll(".dashboard-chart[data-table]").forEach(draw);
})();
