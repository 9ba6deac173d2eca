package org.helpline.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for request intake: {@code clients} threads post valid technical requests to
 * {@code POST /api/v1/requests} with a Bearer token, back to back, first for a warm-up that is not
 * measured, then for {@code seconds} or until {@code max} requests. Prints throughput and client-side
 * latency percentiles, and the server's own timing of the same requests from the Micrometer
 * {@code http.server.requests} histogram (needs the app started with
 * {@code management.metrics.distribution.percentiles-histogram.http.server.requests=true}).
 *
 * <p>Loopback only. Runs from source with no dependencies ({@code java IntakeLoad.java ...});
 * {@code bench/intake.sh} starts the app on PostgreSQL and calls it.
 *
 * <pre>
 * java src/test/java/org/helpline/benchmarks/IntakeLoad.java --base http://127.0.0.1:18081 --token SECRET \
 *     [--clients 16] [--warmup 15] [--seconds 30] [--max 200000] [--metrics orgadmin@helpline.example:demo]
 * </pre>
 */
public final class IntakeLoad {

    private IntakeLoad() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var base = options.base();
        var metrics = new ServerMetrics(base, options.metrics(), "POST", "/api/v1/requests");
        System.out.printf(
                Locale.ROOT,
                "intake: %d clients, warm-up %d s, measured %d s (at most %d requests)%n",
                options.clients(),
                options.warmup(),
                options.seconds(),
                options.max());
        run(options, options.warmup(), Integer.MAX_VALUE, "warm-up");
        var before = metrics.read();
        var result = run(options, options.seconds(), options.max(), "run");
        var after = metrics.read();
        result.print();
        ServerMetrics.print(before, after);
    }

    private static Result run(Options options, int seconds, int max, String label) throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var issued = new AtomicInteger();
        var errors = new AtomicLong();
        var threads = new ArrayList<Thread>();
        var samples = new ArrayList<long[]>();
        var counts = new int[options.clients()];
        long start = System.nanoTime();
        for (int i = 0; i < options.clients(); i++) {
            var mine = new long[Math.min(max, 2_000_000) + 1];
            samples.add(mine);
            int client = i;
            var thread = new Thread(
                    () -> counts[client] = client(options, label + "-" + client, deadline, max, issued, errors, mine));
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join();
        }
        long elapsed = System.nanoTime() - start;
        var all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            System.arraycopy(samples.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(label, all, errors.get(), elapsed);
    }

    /** One client: the same HTTP/1.1 keep-alive connection, one request after the other. */
    private static int client(
            Options options,
            String name,
            long deadline,
            int max,
            AtomicInteger issued,
            AtomicLong errors,
            long[] latencies) {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        int done = 0;
        int sequence = 0;
        while (System.nanoTime() < deadline && issued.incrementAndGet() <= max && done < latencies.length) {
            var request = HttpRequest.newBuilder(URI.create(options.base() + "/api/v1/requests"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + options.token())
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(name + "-" + sequence++)))
                    .build();
            long begin = System.nanoTime();
            try {
                var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long took = System.nanoTime() - begin;
                if (response.statusCode() == 201) {
                    latencies[done++] = took;
                } else if (errors.incrementAndGet() <= 5) {
                    System.err.println("HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (Exception e) {
                if (errors.incrementAndGet() <= 5) {
                    System.err.println(e);
                }
            }
        }
        return done;
    }

    /** A valid technical severity B request of Contoso (standard contract) about mail flow. */
    static String body(String title) {
        return """
                {"category":"TECHNICAL","serviceId":"mail","problemClassification":"mail-flow",\
                "title":"Load %s","description":"Since 09:10 mail to **external** domains is delayed.",\
                "severity":"B","routeTo":"PROVIDER","contact":{"phone":"+48 22 123 45 67",\
                "email":"admin@contoso.example","preferredMethod":"EMAIL","language":"en","available24x7":false}}
                """.formatted(title).strip();
    }

    record Result(String label, long[] sorted, long errors, long elapsedNanos) {

        void print() {
            double seconds = elapsedNanos / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "%s: %d created, %d errors in %.1f s = %.0f requests/s%n",
                    label,
                    sorted.length,
                    errors,
                    seconds,
                    sorted.length / seconds);
            if (sorted.length > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "client latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                        ms(percentile(sorted, 0.50)),
                        ms(percentile(sorted, 0.90)),
                        ms(percentile(sorted, 0.99)),
                        ms(sorted[sorted.length - 1]));
            }
        }
    }

    static long percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    record Options(String base, String token, int clients, int warmup, int seconds, int max, String metrics) {

        static Options parse(String[] args) {
            var values = new java.util.HashMap<String, String>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            var base = values.getOrDefault("base", "http://127.0.0.1:18081");
            var host = URI.create(base).getHost();
            if (!List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(host)) {
                throw new IllegalArgumentException("loopback only: " + base);
            }
            var token = values.get("token");
            if (token == null) {
                throw new IllegalArgumentException("--token is required");
            }
            int clients = Integer.parseInt(values.getOrDefault("clients", "16"));
            int seconds = Integer.parseInt(values.getOrDefault("seconds", "30"));
            if (clients < 1 || clients > 64 || seconds < 1 || seconds > 600) {
                throw new IllegalArgumentException("1-64 clients for 1-600 seconds");
            }
            return new Options(
                    base,
                    token,
                    clients,
                    Integer.parseInt(values.getOrDefault("warmup", "15")),
                    seconds,
                    Integer.parseInt(values.getOrDefault("max", "1000000")),
                    values.get("metrics"));
        }
    }

    /**
     * The server's histogram of one endpoint, read from {@code /actuator/prometheus}; percentiles are
     * the upper bounds of the buckets they fall in.
     */
    record ServerMetrics(String base, String credentials, String method, String uri) {

        record Snapshot(List<double[]> buckets, double count, double sum) {}

        Snapshot read() {
            if (credentials == null) {
                return null;
            }
            try {
                var request = HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
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
    }
}
