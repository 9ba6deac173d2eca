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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every page of the navigation as one demo login sees it (issue 17's figures): each page's response
 * time over {@code --calls} sequential requests (p50, p95), and what a first visit transfers with
 * compression (the page, its style sheets, scripts and icon, as sent with {@code Accept-Encoding:
 * gzip}). Run by {@code bench/pages.sh}; a plain Java program, no framework.
 *
 * <pre>
 * java -cp CLASSES org.helpline.benchmarks.PageLoad --base http://127.0.0.1:18083 \
 *     --login agent@helpline.example --calls 50
 * </pre>
 */
public final class PageLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NAV = Pattern.compile("<nav\\b.*?</nav>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    private static final Pattern ASSET =
            Pattern.compile("<(?:link[^>]+rel=\"(?:stylesheet|icon)\"[^>]+href|script[^>]+src)=\"(/[^\"]+)\"");

    private PageLoad() {}

    public static void main(String[] args) throws Exception {
        var values = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        var base = values.getOrDefault("base", "http://127.0.0.1:18083");
        var login = values.getOrDefault("login", "agent@helpline.example");
        int calls = Integer.parseInt(values.getOrDefault("calls", "50"));
        var browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        signIn(browser, base, login);
        var landing = get(browser, base + "/");
        var pages = new LinkedHashSet<String>();
        pages.add(landing.uri().getPath());
        var nav = NAV.matcher(landing.body());
        while (nav.find()) {
            var link = LINK.matcher(nav.group());
            while (link.find()) {
                if (!link.group(1).startsWith("/logout") && !link.group(1).startsWith("/api/")) {
                    pages.add(link.group(1));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d pages, %d calls each%n", login, pages.size(), calls);
        for (var page : pages) {
            measure(browser, base, page, calls);
        }
    }

    private static void measure(HttpClient browser, String base, String page, int calls) throws Exception {
        var html = get(browser, base + page).body();
        long bytes = transferred(browser, base + page);
        var assets = new LinkedHashSet<String>();
        var asset = ASSET.matcher(html);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        for (var path : assets) {
            bytes += transferred(browser, base + path);
        }
        var times = new ArrayList<Long>();
        for (int i = 0; i < calls; i++) {
            long begin = System.nanoTime();
            var response = get(browser, base + page);
            times.add(System.nanoTime() - begin);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(page + ": HTTP " + response.statusCode());
            }
        }
        var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "  %-34s first load %6.1f KB compressed (%d files)  ms: p50 %6.1f  p95 %6.1f  max %6.1f%n",
                page,
                bytes / 1024.0,
                1 + assets.size(),
                ServerMetrics.ms(ServerMetrics.percentile(sorted, 0.5)),
                ServerMetrics.ms(ServerMetrics.percentile(sorted, 0.95)),
                ServerMetrics.ms(sorted[sorted.length - 1]));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The bytes sent for this address to a browser that accepts gzip (the client does not unzip). */
    private static long transferred(HttpClient http, String url) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "gzip")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
    }

    private static void signIn(HttpClient browser, String base, String login) throws Exception {
        var form = get(browser, base + "/login").body();
        var csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        var body = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + csrf.group(1);
        browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
