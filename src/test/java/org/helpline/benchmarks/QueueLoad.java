package org.helpline.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The agents' queue under a large organisation ({@code bench/queue.sh} seeds 100,000 open requests):
 * {@code calls} sequential calls of {@code GET /api/v1/queue} (Bearer) and of the page {@code GET
 * /workspace/queue} (form sign-in), cycling through filters, each filter followed by up to four pages of
 * its cursor. Prints client-side median, p90, p99 and max per endpoint, and the server's own timing
 * from the Micrometer histogram (see {@link ServerMetrics}). Loopback only; runs from source:
 *
 * <pre>
 * javac -d /tmp/bench src/test/java/org/helpline/benchmarks/{ServerMetrics,QueueLoad}.java
 * java -cp /tmp/bench org.helpline.benchmarks.QueueLoad --base http://127.0.0.1:18082 --token AGENT_SECRET \
 *     --login agent@helpline.example --calls 200 --metrics orgadmin@helpline.example:demo
 * </pre>
 */
public final class QueueLoad {

    private static final List<String> FILTERS = List.of(
            "",
            "severity=A",
            "severity=B",
            "status=NEW",
            "status=AWAITING_CUSTOMER",
            "service=mail",
            "language=zh-CN",
            "breached=true",
            "atRisk=true",
            "attention=true",
            "assignee=mine",
            "assignee=unassigned",
            "severity=C&service=storage&language=pl",
            "status=IN_PROGRESS&assignee=mine");
    private static final Pattern NEXT_JSON = Pattern.compile("\"next\":\"([^\"]+)\"");
    private static final Pattern NEXT_PAGE = Pattern.compile("[?&;]after=([A-Za-z0-9_-]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private QueueLoad() {}

    public static void main(String[] args) throws Exception {
        var values = new java.util.HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var base = values.getOrDefault("base", "http://127.0.0.1:18081");
        if (!List.of("127.0.0.1", "localhost").contains(URI.create(base).getHost())) {
            throw new IllegalArgumentException("loopback only: " + base);
        }
        int calls = Math.min(2000, Integer.parseInt(values.getOrDefault("calls", "200")));
        var api = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build();
        signIn(browser, base, values.getOrDefault("login", "agent@helpline.example"));
        var apiMetrics = new ServerMetrics(base, values.get("metrics"), "GET", "/api/v1/queue");
        var pageMetrics = new ServerMetrics(base, values.get("metrics"), "GET", "/workspace/queue");
        run(calls / 4, base, api, browser, values.get("token"), "warm-up");
        var apiBefore = apiMetrics.read();
        var pageBefore = pageMetrics.read();
        run(calls, base, api, browser, values.get("token"), "run");
        System.out.print("GET /api/v1/queue   ");
        ServerMetrics.print(apiBefore, apiMetrics.read());
        System.out.print("GET /workspace/queue ");
        ServerMetrics.print(pageBefore, pageMetrics.read());
    }

    private static void run(int calls, String base, HttpClient api, HttpClient browser, String token, String label)
            throws Exception {
        var apiTimes = new ArrayList<Long>();
        var pageTimes = new ArrayList<Long>();
        int rows = 0;
        for (int i = 0; rows < calls; i++) {
            var filter = FILTERS.get(i % FILTERS.size());
            String apiCursor = null;
            String pageCursor = null;
            for (int page = 0; page < 4 && rows < calls; page++, rows++) {
                var apiBody =
                        timed(api, base + "/api/v1/queue?" + query(filter, apiCursor), "Bearer " + token, apiTimes);
                var pageBody = timed(browser, base + "/workspace/queue?" + query(filter, pageCursor), null, pageTimes);
                apiCursor = find(NEXT_JSON, apiBody);
                pageCursor = find(NEXT_PAGE, pageBody);
                if (apiCursor == null) {
                    break;
                }
            }
        }
        print(label + " GET /api/v1/queue   ", apiTimes);
        print(label + " GET /workspace/queue", pageTimes);
    }

    private static String query(String filter, String after) {
        var cursor = after == null ? "" : "after=" + URLEncoder.encode(after, StandardCharsets.UTF_8);
        return filter.isEmpty() ? cursor : cursor.isEmpty() ? filter : filter + "&" + cursor;
    }

    private static String timed(HttpClient http, String url, String authorization, List<Long> times) throws Exception {
        var builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        long begin = System.nanoTime();
        var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        times.add(System.nanoTime() - begin);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static void signIn(HttpClient browser, String base, String login) throws Exception {
        var form = browser.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var csrf = find(CSRF, form);
        var body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo&_csrf=" + csrf;
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static String find(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static void print(String label, List<Long> times) {
        var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%s %d calls, client ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                label,
                sorted.length,
                ServerMetrics.ms(ServerMetrics.percentile(sorted, 0.5)),
                ServerMetrics.ms(ServerMetrics.percentile(sorted, 0.9)),
                ServerMetrics.ms(ServerMetrics.percentile(sorted, 0.99)),
                ServerMetrics.ms(sorted[sorted.length - 1]));
    }
}
