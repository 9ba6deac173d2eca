package org.helpline.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.helpline.HelplineApplication;
import org.helpline.requests.RequestSearch;
import org.helpline.requests.RequestSearches;
import org.helpline.requests.RequestStatus;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Severity;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Search of requests (issue 21) over {@code requests} requests with 5 messages each on PostgreSQL.
 * It starts the application on the database (Flyway, demo users), seeds {@code
 * bench/request-search-seed.sql} unless the requests are there, stops, deletes the index folder and
 * starts again, so the node rebuilds its index from the database (timed); then times {@link
 * RequestSearches#search} in the server (one thread, in-process: the index query, the highlights,
 * the page read back from PostgreSQL and its SLA state) for realistic queries of an agent (all the
 * organisation's requests) and of a tenant admin, with and without filters, and prints p50, p95 and
 * p99; last how long a new message takes to be found. Not a test: run {@code bench/request-search.sh}.
 */
public final class RequestSearchBenchmark {

    private static final int WARMUP = 300;
    private static final List<String> QUERIES = List.of(
            "poczta nie dochodzi",
            "skrzynki pocztowej",
            "hasła",
            "mail delivery delays",
            "password reset",
            "mailbox quota",
            "邮件",
            "重置密码",
            "ref4242",
            "case777 headers",
            "SB-2025-0004242",
            "restarting service");

    private RequestSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        var url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/helpline_search_bench";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        var indexDir = Path.of(args.length > 3 ? args[3] : "target/request-search-bench-index");
        boolean keepIndex = Boolean.getBoolean("keepIndex");
        try (var app = start(url, indexDir)) {
            seed(app.getBean(JdbcTemplate.class), requests);
        }
        if (!keepIndex) {
            deleteFolder(indexDir);
        }
        long started = System.nanoTime();
        try (var app = start(url, indexDir)) {
            System.out.printf(
                    Locale.ROOT,
                    keepIndex ? "start with the index kept: %,d ms%n" : "start with the index rebuilt: %,d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            var jdbc = app.getBean(JdbcTemplate.class);
            System.out.printf(
                    Locale.ROOT,
                    "requests: %,d; messages: %,d%n",
                    jdbc.queryForObject("select count(*) from service_request", Long.class),
                    jdbc.queryForObject("select count(*) from request_message", Long.class));
            measure(app, "agent@helpline.example", runs);
            measure(app, "admin@contoso.example", runs);
            freshness(app, 20);
        }
    }

    private static ConfigurableApplicationContext start(String url, Path indexDir) {
        String[] settings = {
            "--server.port=0",
            "--spring.profiles.active=postgres",
            "--helpline.demo-data=true",
            "--helpline.demo.history-days=0",
            "--logging.level.root=WARN",
            "--logging.level.org.helpline.requestsearch=INFO",
            "--spring.datasource.url=" + url,
            "--helpline.requestsearch.index-dir=" + indexDir,
            "--helpline.phone.code-key=" + newKey(),
            "--helpline.surveys.link-key=" + newKey(),
            "--helpline.notify.payload-key=" + newKey(),
            "--helpline.identity.secret-key=" + newKey(),
            "--helpline.public-url=http://localhost"
        };
        return new SpringApplicationBuilder(HelplineApplication.class).run(settings);
    }

    private static String newKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void seed(JdbcTemplate jdbc, int requests) throws Exception {
        if (jdbc.queryForObject("select count(*) from service_request where number like 'SB-%'", Long.class)
                >= requests) {
            System.out.println("seed: already there");
            return;
        }
        long started = System.nanoTime();
        var script = Files.readString(Path.of("bench/request-search-seed.sql"))
                .replace("${requests}", Integer.toString(requests))
                .replace("${messagesPerRequest}", "5");
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                for (var sql : DashboardBenchmark.statements(script)) {
                    statement.execute(sql);
                }
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "seed: %,d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    private static void measure(ConfigurableApplicationContext app, String login, int runs) {
        var searches = app.getBean(RequestSearches.class);
        var user = (HelplineUser) app.getBean(UserDetailsService.class).loadUserByUsername(login);
        var random = new Random(42);
        var times = new ArrayList<Long>();
        long hits = 0;
        for (int i = 0; i < WARMUP + runs; i++) {
            var search = search(random);
            long started = System.nanoTime();
            var page = searches.search(user, search);
            long took = System.nanoTime() - started;
            if (i >= WARMUP) {
                times.add(took);
                hits += page.total();
            }
        }
        Collections.sort(times);
        System.out.printf(
                Locale.ROOT,
                "%s: %d searches (a third with a status, severity or language filter), mean total %,d:"
                        + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                login,
                runs,
                hits / runs,
                at(times, 0.50),
                at(times, 0.95),
                at(times, 0.99),
                times.get(times.size() - 1) / 1e6);
    }

    private static RequestSearch search(Random random) {
        var q = QUERIES.get(random.nextInt(QUERIES.size()));
        return switch (random.nextInt(6)) {
            case 0 -> new RequestSearch(q, RequestStatus.NEW, null, null, null, 0, 20);
            case 1 -> new RequestSearch(q, null, Severity.A, null, null, 0, 20);
            case 2 -> new RequestSearch(q, null, null, null, "pl", 1, 20);
            default -> new RequestSearch(q, null, null, null, null, 0, 20);
        };
    }

    private static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static void deleteFolder(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (var file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Writes a message with a new word into a seeded request and polls the search until it finds it. */
    private static void freshness(ConfigurableApplicationContext app, int rounds) throws InterruptedException {
        var management = app.getBean(org.helpline.requests.RequestManagement.class);
        var searches = app.getBean(RequestSearches.class);
        var admin = (HelplineUser) app.getBean(UserDetailsService.class).loadUserByUsername("admin@contoso.example");
        var seeded = fileOne(app);
        var times = new ArrayList<Long>();
        for (int round = 0; round < rounds; round++) {
            var word = "fresh" + Long.toString(System.nanoTime(), 36);
            var version = management.request(admin, seeded).request().version();
            management.addMessage(
                    admin, seeded, new org.helpline.requests.NewMessage("Still waiting " + word, false, null, version));
            long written = System.nanoTime();
            while (searches.search(admin, new RequestSearch(word, null, null, null, null, 0, 1))
                            .total()
                    == 0) {
                Thread.sleep(5);
            }
            times.add(System.nanoTime() - written);
        }
        Collections.sort(times);
        System.out.printf(
                Locale.ROOT,
                "a new message found by the search after: p50 %.0f ms, max %.0f ms (%d messages)%n",
                at(times, 0.5),
                times.get(times.size() - 1) / 1e6,
                rounds);
    }

    /** A request filed as the demo's Contoso admin (with its SLA clocks, unlike the seeded ones). */
    private static java.util.UUID fileOne(ConfigurableApplicationContext app) {
        var admin = (HelplineUser) app.getBean(UserDetailsService.class).loadUserByUsername("admin@contoso.example");
        var contact = new org.helpline.requests.ContactDetails(
                null,
                "+48 22 123 45 67",
                "admin@contoso.example",
                org.helpline.requests.ContactMethod.EMAIL,
                "en",
                false);
        var request = new org.helpline.requests.OpenRequest(
                org.helpline.shared.RequestCategory.TECHNICAL,
                "mail",
                "mail-flow",
                "Freshness probe",
                "Mail is delayed.",
                Severity.B,
                org.helpline.requests.HandledBy.PROVIDER,
                contact,
                null);
        return app.getBean(org.helpline.requests.RequestManagement.class)
                .open(admin, request, org.helpline.requests.Channel.API, null)
                .request()
                .id();
    }
}
