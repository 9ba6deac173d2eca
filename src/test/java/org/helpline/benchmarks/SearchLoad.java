package org.helpline.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded HTTP load generator for the self-help API: {@code clients} threads call
 * {@code /api/v1/kb/suggest} or {@code /api/v1/kb/search} on localhost with a Bearer token, each
 * at most {@code requests / clients} times and for at most {@code seconds}; prints latency
 * percentiles. Clients call back to back, saturating the machine, or, with {@code pause} (ms), each
 * starts a call at most every {@code pause} ms, as a person typing does. Loopback only.
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.SearchLoad \
 *     PORT TOKEN suggest|search [clients=8] [requests=20000] [seconds=60] [pause=0]
 * </pre>
 */
public final class SearchLoad {

    private SearchLoad() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        var token = args[1];
        var kind = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int requests = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        int pause = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        var corpus = new SearchCorpus();
        var queries = kind.equals("suggest") ? corpus.suggestQueries(2_000, 7) : corpus.searchQueries(2_000, 11);
        run(port, token, kind, queries, clients, requests / 10, seconds, pause);
        System.out.println(kind + " over HTTP, " + clients + " clients, pause " + pause + " ms: "
                + run(port, token, kind, queries, clients, requests, seconds, pause));
    }

    /** Runs the load and returns the latencies of successful calls; fails on any non-200 answer. */
    static SearchPercentiles run(
            int port,
            String token,
            String kind,
            List<String> queries,
            int clients,
            int requests,
            int seconds,
            int pause)
            throws InterruptedException {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        var latencies = new long[requests];
        var next = new AtomicInteger();
        var failures = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    var query = queries.get(i % queries.size()).split("\\|", 2);
                    var uri = URI.create("http://127.0.0.1:" + port + "/api/v1/kb/" + kind + "?lang=" + query[0] + "&q="
                            + URLEncoder.encode(query[1], StandardCharsets.UTF_8));
                    var request = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build();
                    long start = System.nanoTime();
                    try {
                        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    waitUntil(start + TimeUnit.MILLISECONDS.toNanos(pause));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests failed");
        }
        int done = (int) java.util.Arrays.stream(latencies).filter(l -> l > 0).count();
        return SearchPercentiles.of(
                java.util.Arrays.stream(latencies).filter(l -> l > 0).toArray(), done);
    }

    private static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
