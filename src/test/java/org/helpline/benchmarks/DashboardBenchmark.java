package org.helpline.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.helpline.HelplineApplication;
import org.helpline.dashboard.internal.DashboardFilter;
import org.helpline.dashboard.internal.DashboardManagement;
import org.helpline.shared.HelplineUser;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard of issue 7 over 1,000,000 requests and 200,000 answered surveys on PostgreSQL. It
 * starts the application on the given database (Flyway creates the schema, the demo data its users),
 * seeds {@code bench/dashboard-seed.sql} unless the requests are already there, builds the
 * dashboard's projections with the backfill of migration V76 (as an existing installation gets
 * them), proves on a sample that the event listeners build the same counters ({@link
 * DashboardEquivalence}), then times {@link DashboardManagement#chart} per chart in the server
 * (one thread, in-process) for several filters and prints median, p95 and p99. Not a test: run
 * {@code bench/dashboard.sh}, or
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.DashboardBenchmark \
 *     [url=jdbc:postgresql://127.0.0.1:5432/helpline_dashboard_bench] [runs=200]
 * </pre>
 */
public final class DashboardBenchmark {

    private static final int WARMUP = 30;

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        var url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/helpline_dashboard_bench";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String[] settings = {
            "--server.port=0",
            "--spring.profiles.active=postgres",
            "--helpline.demo-data=true",
            "--helpline.demo.history-days=0",
            "--logging.level.root=WARN",
            "--spring.datasource.url=" + url,
            "--helpline.phone.code-key=" + newKey(),
            "--helpline.surveys.link-key=" + newKey(),
            "--helpline.notify.payload-key=" + newKey(),
            "--helpline.identity.secret-key=" + newKey(),
            "--helpline.public-url=http://localhost"
        };
        try (var app = new SpringApplicationBuilder(HelplineApplication.class).run(settings)) {
            var jdbc = app.getBean(JdbcTemplate.class);
            seed(jdbc);
            System.out.printf(
                    Locale.ROOT,
                    "requests: %,d; answered surveys: %,d; dashboard_request_day rows: %,d;"
                            + " dashboard_survey_day rows: %,d%n",
                    jdbc.queryForObject("select count(*) from service_request", Long.class),
                    jdbc.queryForObject("select count(*) from survey where answered_at is not null", Long.class),
                    jdbc.queryForObject("select count(*) from dashboard_request_day", Long.class),
                    jdbc.queryForObject("select count(*) from dashboard_survey_day", Long.class));
            new DashboardEquivalence(app).check();
            measure(app, runs);
        }
    }

    /** A fresh key for each run: the postgres profile takes its keys only from configuration. */
    private static String newKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void seed(JdbcTemplate jdbc) throws Exception {
        if (jdbc.queryForObject("select count(*) from service_request where number like 'BN-%'", Long.class)
                >= 1_000_000) {
            System.out.println("seed: already there");
            return;
        }
        long started = System.nanoTime();
        var seed = statements(Files.readString(Path.of("bench/dashboard-seed.sql")));
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.createStatement()) {
                for (var sql : seed) {
                    statement.execute(sql);
                }
            }
            return null;
        });
        System.out.printf(Locale.ROOT, "seed: %,d ms%n", (System.nanoTime() - started) / 1_000_000);
        started = System.nanoTime();
        jdbc.execute("truncate dashboard_request, dashboard_request_day, dashboard_survey, dashboard_survey_day");
        for (var statement : statements(backfill())) {
            jdbc.execute(statement);
        }
        jdbc.execute("analyze dashboard_request");
        jdbc.execute("analyze dashboard_request_day");
        jdbc.execute("analyze dashboard_survey");
        jdbc.execute("analyze dashboard_survey_day");
        jdbc.execute("vacuum dashboard_request");
        System.out.printf(
                Locale.ROOT, "projections by the backfill of V76: %,d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The statements after the line starting {@code -- backfill} of migration V76. When V76 ran,
     * service_request still held the first-response deadline and the breach; since V97 they are
     * sla's, so the backfill reads the requests joined with their clocks under the old names.
     */
    static String backfill() throws Exception {
        var text = new ClassPathResource("db/migration/common/dashboard/V76__dashboard_projections.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        var backfill = text.substring(text.indexOf("-- backfill"));
        var requestsWithDeadlines = """
                (select r.*, c.due_at as first_response_due,
                     exists (select 1 from sla_clock b where b.request_id = r.id and b.breached_at is not null) as breached
                 from service_request r
                 left join sla_clock c on c.request_id = r.id and c.kind = 'FIRST_RESPONSE') requests""";
        return backfill.replaceFirst("from service_request;", "from " + requestsWithDeadlines + ";");
    }

    static List<String> statements(String script) {
        var withoutComments = new StringBuilder();
        script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .forEach(line -> withoutComments.append(line).append('\n'));
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static void measure(ConfigurableApplicationContext app, int runs) {
        var dashboard = app.getBean(DashboardManagement.class);
        var users = app.getBean(UserDetailsService.class);
        var today = LocalDate.now(ZoneOffset.UTC);
        var filters = List.of(
                new Named(
                        "last 8 weeks, every service",
                        new DashboardFilter(today.minusWeeks(8).plusDays(1), today, null)),
                new Named("last 366 days, every service", new DashboardFilter(today.minusDays(366), today, null)),
                new Named("last 366 days, service mail", new DashboardFilter(today.minusDays(366), today, "mail")));
        for (var login : List.of("supervisor@helpline.example", "supervisor@operator.example")) {
            var viewer = (HelplineUser) users.loadUserByUsername(login);
            for (var filter : filters) {
                System.out.printf(
                        Locale.ROOT,
                        "%n%s (organisation %s), %s: ms per chart%n",
                        login,
                        viewer.organisationId(),
                        filter.name());
                System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s%n", "chart", "median", "p95", "p99", "max");
                for (var chart : DashboardManagement.CHARTS) {
                    for (int i = 0; i < WARMUP; i++) {
                        dashboard.chart(viewer, filter.filter(), chart);
                    }
                    var times = new ArrayList<Double>();
                    for (int i = 0; i < runs; i++) {
                        long started = System.nanoTime();
                        dashboard.chart(viewer, filter.filter(), chart);
                        times.add((System.nanoTime() - started) / 1e6);
                    }
                    Collections.sort(times);
                    System.out.printf(
                            Locale.ROOT,
                            "%-24s %8.2f %8.2f %8.2f %8.2f%n",
                            chart,
                            at(times, 0.50),
                            at(times, 0.95),
                            at(times, 0.99),
                            times.get(times.size() - 1));
                }
            }
        }
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private record Named(String name, DashboardFilter filter) {}
}
