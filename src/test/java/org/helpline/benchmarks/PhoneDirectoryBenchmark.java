package org.helpline.benchmarks;

import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import org.helpline.HelplineApplication;
import org.helpline.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

/**
 * Answer time of {@code GET /api/v1/phone/directory?lang=pl} (all 246 regions, one language),
 * target p99 under 5 ms of server time. Starts the application on a loopback port with an
 * in-memory H2 (or {@code HELPLINE_TEST_POSTGRES_URL}), warms up, then sends a bounded number of
 * requests one after another and reports the server time (a filter ahead of all others, so the
 * security chain, MVC and JSON writing are inside it) and the client's round trip.
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.PhoneDirectoryBenchmark [requests]
 * </pre>
 */
public final class PhoneDirectoryBenchmark {

    private static final int WARM_UP = 3_000;

    private PhoneDirectoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        var requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var server = new long[requests + WARM_UP];
        var served = new int[1];
        var properties = new HashMap<String, Object>(TestDatabase.properties());
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("helpline.demo-data", "false");
        properties.put("logging.level.root", "WARN");
        var context = new SpringApplicationBuilder(HelplineApplication.class)
                .initializers(app -> ((GenericApplicationContext) app)
                        .registerBean("timingFilter", FilterRegistrationBean.class, () -> timing(server, served)))
                .run(arguments(properties));
        try {
            var port = context.getEnvironment().getProperty("local.server.port");
            var client =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/phone/directory?lang=pl"))
                    .GET()
                    .build();
            var roundTrips = new long[requests];
            var bytes = 0;
            for (int i = 0; i < WARM_UP + requests; i++) {
                var start = System.nanoTime();
                var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                var took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode());
                }
                bytes = response.body().length;
                if (i >= WARM_UP) {
                    roundTrips[i - WARM_UP] = took;
                }
            }
            var serverTimes = Arrays.copyOfRange(server, WARM_UP, WARM_UP + requests);
            System.out.printf(
                    Locale.ROOT,
                    "directory API, lang=pl, %d requests after %d warm-up, %d bytes each%n",
                    requests,
                    WARM_UP,
                    bytes);
            report("server time", serverTimes);
            report("round trip ", roundTrips);
        } finally {
            context.close();
        }
    }

    private static FilterRegistrationBean<Filter> timing(long[] times, int[] served) {
        Filter filter = (request, response, chain) -> {
            var start = System.nanoTime();
            chain.doFilter(request, response);
            response.flushBuffer();
            synchronized (times) {
                if (served[0] < times.length) {
                    times[served[0]++] = System.nanoTime() - start;
                }
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/phone/directory");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Settings as command-line arguments, so that they win over application.properties. */
    static String[] arguments(java.util.Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    static void report(String what, long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%s: median %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
                what,
                ms(sorted, 0.50),
                ms(sorted, 0.90),
                ms(sorted, 0.99),
                ms(sorted, 0.999),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        var index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
