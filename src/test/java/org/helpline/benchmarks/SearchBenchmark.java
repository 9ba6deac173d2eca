package org.helpline.benchmarks;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.helpline.HelplineApplication;
import org.helpline.knowledge.internal.KnowledgeBase;
import org.helpline.knowledge.internal.SearchRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-help figures of issue 4 on a generated corpus: index build, suggestion and search
 * latency in the server (in-process, one thread) and over HTTP (8 concurrent clients), and the
 * same queries through PostgreSQL full-text search. Over HTTP the clients are {@code wrk} (Debian
 * package {@code wrk}) with {@code bench/kb-paths.lua}. It starts the application on an H2 file
 * database of its own under a temporary folder (or, with {@code postgres}, on a new PostgreSQL
 * database beside the one named, as in production), loads the corpus, restarts with the index
 * removed (the rebuild is timed), then measures. Not a test: run it on demand, from the project root, with
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.helpline.benchmarks.SearchBenchmark \
 *     [articles=50000] [postgresUrl=jdbc:postgresql://localhost:5432/test] [app database: h2 | postgres]
 * </pre>
 */
public final class SearchBenchmark {

    private static final int WARMUP = 3_000;
    private static final int RUNS = 20_000;
    private static final int WARMUP_SECONDS = 10;
    private static final int MEASURED_SECONDS = 20;
    private static final int PACED_SECONDS = 50;
    private static final int TYPING_PAUSE_MS = 100;
    private static final String APP_DATABASE = "helpline_search_bench";

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        var postgres = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:5432/test";
        boolean appOnPostgres = args.length > 2 && args[2].equals("postgres");
        var work = Files.createTempDirectory("helpline-search-benchmark");
        var corpus = new SearchCorpus();
        var docs = corpus.generate(count, 42);
        var suggestQueries = corpus.suggestQueries(2_000, 7);
        var searchQueries = corpus.searchQueries(2_000, 11);
        String[] settings = {
            "--server.port=0",
            "--helpline.demo-data=true",
            "--helpline.demo.history-days=0",
            "--logging.level.root=WARN",
            "--logging.level.org.helpline.knowledge=INFO",
            "--helpline.knowledge.index-dir=" + work.resolve("index"),
            "--spring.datasource.url=" + (appOnPostgres ? appDatabase(postgres) : h2Database(work)),
            "--spring.datasource.username=" + (appOnPostgres ? "postgres" : "sa")
        };
        try (var loading = new SpringApplicationBuilder(HelplineApplication.class).run(settings)) {
            load(loading.getBean(JdbcTemplate.class), docs);
        }
        delete(work.resolve("index"));
        long started = System.nanoTime();
        var serverTimes = new ServerTimes();
        try (var app = new SpringApplicationBuilder(HelplineApplication.class)
                .initializers(serverTimes.initializer())
                .run(settings)) {
            long startMillis = (System.nanoTime() - started) / 1_000_000;
            var knowledge = app.getBean(KnowledgeBase.class);
            var status = knowledge.indexStatus();
            report(
                    "Index build of %d articles: %d ms (application start %d ms)",
                    status.documents(), status.lastBuildMillis(), startMillis);
            var reader = reader();
            inProcess(knowledge, reader, suggestQueries, searchQueries);
            overHttp(app, serverTimes, work, suggestQueries, searchQueries);
        }
        comparePostgres(postgres, docs, suggestQueries, searchQueries);
        delete(work);
    }

    private static String h2Database(Path work) {
        return "jdbc:h2:file:" + work.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** A new database {@value #APP_DATABASE} beside the one named, as production runs on PostgreSQL. */
    private static String appDatabase(String postgres) throws Exception {
        try (var connection = DriverManager.getConnection(postgres, "postgres", "");
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + APP_DATABASE);
            statement.execute("create database " + APP_DATABASE);
        }
        return postgres.replaceFirst("/[^/?]+(\\?|$)", "/" + APP_DATABASE + "$1");
    }

    private static void inProcess(
            KnowledgeBase knowledge, HelplineUser reader, List<String> suggestQueries, List<String> searchQueries) {
        time(knowledge, reader, suggestQueries, WARMUP, true);
        report("Suggest in-process: %s", time(knowledge, reader, suggestQueries, RUNS, true));
        time(knowledge, reader, searchQueries, WARMUP, false);
        report("Search in-process: %s", time(knowledge, reader, searchQueries, RUNS, false));
    }

    private static SearchPercentiles time(
            KnowledgeBase knowledge, HelplineUser reader, List<String> queries, int runs, boolean suggest) {
        var latencies = new long[runs];
        for (int i = 0; i < runs; i++) {
            var query = queries.get(i % queries.size()).split("\\|", 2);
            long start = System.nanoTime();
            if (suggest) {
                knowledge.suggest(reader, query[1], query[0]);
            } else {
                knowledge.search(reader, new SearchRequest(query[1], query[0], null, null, 0, 10));
            }
            latencies[i] = System.nanoTime() - start;
        }
        return SearchPercentiles.of(latencies, runs);
    }

    /**
     * The load comes from a process of its own, as users' browsers would: {@code wrk} with 8
     * connections, back to back and then at typing pace. Clients in this JVM would share its heap,
     * and collecting their garbage would stop the server's calls too.
     */
    private static void overHttp(
            ConfigurableApplicationContext app,
            ServerTimes serverTimes,
            Path work,
            List<String> suggestQueries,
            List<String> searchQueries)
            throws Exception {
        int port = app.getEnvironment().getProperty("local.server.port", Integer.class);
        var token = token(port);
        for (var kind : List.of("suggest", "search")) {
            var queries = kind.equals("suggest") ? suggestQueries : searchQueries;
            var paths = Files.write(work.resolve(kind + "-paths.txt"), paths(kind, queries));
            wrk(port, token, paths, WARMUP_SECONDS, 0);
            serverTimes.reset();
            var backToBack = wrk(port, token, paths, MEASURED_SECONDS, 0);
            report("%s over HTTP, 8 clients back to back: %s", kind, backToBack);
            report("  the same in the server: %s", serverTimes.percentiles());
            serverTimes.reset();
            var typing = wrk(port, token, paths, PACED_SECONDS, TYPING_PAUSE_MS);
            report("%s over HTTP, 8 clients pausing %d ms before each call: %s", kind, TYPING_PAUSE_MS, typing);
            report("  the same in the server: %s", serverTimes.percentiles());
        }
    }

    private static List<String> paths(String kind, List<String> queries) {
        return queries.stream()
                .map(query -> query.split("\\|", 2))
                .map(query -> "/api/v1/kb/" + kind + "?lang=" + query[0] + "&q="
                        + URLEncoder.encode(query[1], StandardCharsets.UTF_8))
                .toList();
    }

    private static String wrk(int port, String token, Path paths, int seconds, int pauseMillis) throws Exception {
        return run(
                "wrk",
                "-t2",
                "-c8",
                "-d" + seconds + "s",
                "-H",
                "Authorization: Bearer " + token,
                "-s",
                Path.of("bench/kb-paths.lua").toAbsolutePath().toString(),
                "http://127.0.0.1:" + port,
                "--",
                paths.toString(),
                String.valueOf(pauseMillis));
    }

    /** Runs a load generator and returns its last line, its summary. */
    private static String run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0 || output.contains("errors=") && !output.contains("errors=0")) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        var lines = output.strip().split("\n");
        return lines[lines.length - 1].replaceFirst("^.*: (n=)", "$1");
    }

    private static void comparePostgres(
            String url, List<SearchCorpus.Doc> docs, List<String> suggestQueries, List<String> searchQueries)
            throws Exception {
        try (var pg = new SearchPostgres(url, "postgres")) {
            report("PostgreSQL load and index of %d articles: %d ms", docs.size(), pg.load(docs));
            pg.suggest(suggestQueries, WARMUP);
            report("Suggest through PostgreSQL FTS: %s", pg.suggest(suggestQueries, RUNS / 4));
            pg.search(searchQueries, WARMUP / 3);
            report("Search through PostgreSQL FTS: %s", pg.search(searchQueries, RUNS / 10));
        }
    }

    private static void load(JdbcTemplate jdbc, List<SearchCorpus.Doc> docs) {
        var now = Timestamp.from(Instant.now());
        var rows = new ArrayList<Object[]>();
        for (var doc : docs) {
            rows.add(new Object[] {
                "global",
                doc.id(),
                doc.language().code(),
                doc.title(),
                doc.body(),
                String.join(",", doc.services()),
                "bench",
                doc.admins() ? "ADMINS" : "EVERYONE",
                true,
                now,
                now
            });
            if (rows.size() == 1000) {
                insert(jdbc, rows);
            }
        }
        insert(jdbc, rows);
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into kb_article (organisation_id, id, language, title, body, services, tags, audience, published,
                created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        rows.clear();
    }

    private static HelplineUser reader() {
        var account = new HelplineUser.Account(
                UUID.randomUUID(),
                "bench@contoso.example",
                "Bench",
                Set.of(Role.GLOBAL_ADMIN),
                UUID.randomUUID(),
                "global",
                null,
                null,
                Locale.forLanguageTag("pl"),
                ZoneId.of("Europe/Warsaw"));
        return new HelplineUser(account, null, true, false);
    }

    private static String token(int port) throws Exception {
        var basic = Base64.getEncoder().encodeToString("admin@contoso.example:demo".getBytes(StandardCharsets.UTF_8));
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me/tokens"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"name\":\"search benchmark\",\"scope\":\"read\",\"validDays\":1}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("secret")
                .asString();
    }

    private static void report(String format, Object... values) {
        System.out.println("[search-benchmark] " + String.format(format, values));
    }

    private static void delete(Path folder) throws Exception {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
