package org.helpline.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The server's histogram of one endpoint, read from {@code /actuator/prometheus} (needs the app
 * started with {@code management.metrics.distribution.percentiles-histogram.http.server.requests=true});
 * percentiles are the upper bounds of the buckets they fall in. Used by {@link QueueLoad}.
 */
public record ServerMetrics(String base, String credentials, String method, String uri) {

    record Snapshot(List<double[]> buckets, double count, double sum) {}

    Snapshot read() {
        if (credentials == null) {
            return null;
        }
        try {
            var request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                    .header(
                            "Authorization",
                            "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .build();
            var text = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
            return parse(text);
        } catch (Exception e) {
            System.err.println("no server metrics: " + e);
            return null;
        }
    }

    private Snapshot parse(String text) {
        var buckets = new java.util.TreeMap<Double, Double>();
        double count = 0;
        double sum = 0;
        for (var line : text.split("\n")) {
            if (!line.startsWith("http_server_requests_seconds")
                    || !line.contains("method=\"" + method + "\"")
                    || !line.contains("uri=\"" + uri + "\"")
                    || !line.contains("status=\"2")) {
                continue;
            }
            double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            if (line.startsWith("http_server_requests_seconds_bucket")) {
                var le = line.replaceFirst(".*le=\"([^\"]+)\".*", "$1");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.merge(bound, value, Double::sum);
            } else if (line.startsWith("http_server_requests_seconds_count")) {
                count += value;
            } else if (line.startsWith("http_server_requests_seconds_sum")) {
                sum += value;
            }
        }
        var list = new ArrayList<double[]>();
        buckets.forEach((bound, cumulative) -> list.add(new double[] {bound, cumulative}));
        return new Snapshot(list, count, sum);
    }

    static void print(Snapshot before, Snapshot after) {
        if (before == null || after == null || after.count() - before.count() <= 0) {
            return;
        }
        double count = after.count() - before.count();
        System.out.printf(
                Locale.ROOT,
                "server time ms (http.server.requests, %d requests): mean %.1f",
                (long) count,
                1000 * (after.sum() - before.sum()) / count);
        for (double q : new double[] {0.50, 0.90, 0.99}) {
            System.out.printf(Locale.ROOT, "  p%d <= %s", Math.round(q * 100), bound(before, after, q * count));
        }
        System.out.println();
    }

    private static String bound(Snapshot before, Snapshot after, double rank) {
        for (int i = 0; i < after.buckets().size(); i++) {
            double bound = after.buckets().get(i)[0];
            double cumulative = after.buckets().get(i)[1]
                    - (i < before.buckets().size() ? before.buckets().get(i)[1] : 0);
            if (cumulative >= rank) {
                return Double.isInfinite(bound) ? "inf" : String.format(Locale.ROOT, "%.1f", bound * 1000);
            }
        }
        return "?";
    }

    static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
