package org.helpline.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Form sign-ins with a password at a fixed concurrency (issue 20's figure): each of {@code
 * concurrency} clients, in a loop for {@code seconds}, opens {@code /login} without cookies (a new
 * visitor: session and CSRF token) and posts the demo password with the session cookie it got; one
 * HTTP client keeps its connections, so the load generator costs little; only the post is timed,
 * since it is the sign-in (hashing, throttle, session, audit). The first {@code warmup} seconds are
 * not counted. Prints sign-ins per second and the median, p95, p99 and maximum of the posts. JDK
 * only, run by {@code bench/sign-in.sh}:
 * <pre>
 * java SignInLoad.java --base http://127.0.0.1:18084 --concurrency 16 --seconds 30 --warmup 10
 * </pre>
 */
public final class SignInLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> LOGINS = List.of(
            "admin@contoso.example",
            "user@contoso.example",
            "billing@contoso.example",
            "admin@fabrikam.example",
            "admin@northwind.example",
            "partner@litware.example",
            "agent@helpline.example",
            "supervisor@helpline.example");

    private SignInLoad() {}

    public static void main(String[] args) throws Exception {
        var values = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var base = values.getOrDefault("base", "http://127.0.0.1:18084");
        int concurrency = Integer.parseInt(values.getOrDefault("concurrency", "16"));
        long warmupNanos = Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup", "10")))
                .toNanos();
        long runNanos = Duration.ofSeconds(Long.parseLong(values.getOrDefault("seconds", "30")))
                .toNanos();

        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var failures = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + warmupNanos;
        long end = measureFrom + runNanos;
        var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        for (int client = 0; client < concurrency; client++) {
            var login = LOGINS.get(client % LOGINS.size());
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        long posted = signIn(http, base, login);
                        if (System.nanoTime() >= measureFrom) {
                            latencies.add(posted);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(
                runNanos + warmupNanos + Duration.ofMinutes(1).toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        report(latencies, failures.get(), concurrency, runNanos);
    }

    /** One visitor's sign-in: the nanoseconds of its post, which must answer with the redirect to the start page. */
    private static long signIn(HttpClient http, String base, String login) throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var session = page.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(cookie -> cookie.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie from /login"));
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        var body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + csrf.group(1);
        var post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long started = System.nanoTime();
        var answer = http.send(post, HttpResponse.BodyHandlers.discarding());
        long took = System.nanoTime() - started;
        var location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("/login")) {
            throw new IllegalStateException(
                    "sign-in of " + login + " refused: " + answer.statusCode() + " " + location);
        }
        return took;
    }

    private static void report(List<Long> latencies, int failures, int concurrency, long runNanos) {
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%d concurrent: %d sign-ins in %d s (%.1f/s), %d failed; post ms p50 %.1f, p95 %.1f, p99 %.1f, max %.1f%n",
                concurrency,
                sorted.size(),
                Duration.ofNanos(runNanos).toSeconds(),
                sorted.size() / (runNanos / 1e9),
                failures,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
