package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.helpline.HelplineIntegrationTest;
import org.helpline.TestDatabase;
import org.helpline.web.Barrage.Answer;
import org.helpline.web.FuzzRequest.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends every operation of the JSON API (read from the application's own OpenAPI document) and
 * every HTML form malformed input, as each demo login and as nobody, and fails on any answer of
 * 5xx. First come requests that are certainly invalid, which must all be refused with a 4xx and
 * leave every table as it was; then odd ones that may be valid; then spoiled forms.
 *
 * <p>The run is seeded: the seed is printed, and {@code -Dhelpline.fuzz.seed=N} repeats a run;
 * {@code -Dhelpline.fuzz.rounds=N} sends N times as many requests, for a longer search. It
 * runs in an application and database of its own, since the odd requests may well create things.
 */
@HelplineIntegrationTest
@ContextConfiguration(initializers = MalformedInputIntegrationTests.FuzzApplication.class)
class MalformedInputIntegrationTests {

    static final List<String> DEMO_LOGINS = List.of(
            "orgadmin@helpline.example",
            "agent@helpline.example",
            "supervisor@helpline.example",
            "agent@operator.example",
            "orgadmin@operator.example",
            "admin@contoso.example",
            "billing@contoso.example",
            "user@contoso.example",
            "admin@fabrikam.example",
            "admin@northwind.example",
            "partner@litware.example");

    /**
     * Tables whose rows change after they are written, whatever the requests: a token's last use,
     * a message's delivery. Of these only the number of rows is compared.
     */
    static final Set<String> COUNTED_ONLY = Set.of("api_token", "notify_message");

    private static final int REQUESTS_PER_OPERATION_AND_CALLER = 3;
    private static final int FORMS_PER_HANDLER_AND_CALLER = 2;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The shared test database settings, but a database of its own on PostgreSQL, and jobs that
     * wait an hour between polls: the tables then change only through the fuzzer's requests, and
     * the check that refused requests changed nothing cannot catch a job at work.
     */
    static class FuzzApplication implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new TestDatabase(TestDatabase.ownDatabase("fuzz")).initialize(context);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "helpline-fuzz",
                            Map.of("db-scheduler.polling-interval", "1h", "helpline.notify.poll-interval", "1h")));
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void noMalformedRequestAnswersAServerErrorNorChangesAnything() {
        long seed = Long.getLong("helpline.fuzz.seed", new SecureRandom().nextLong());
        int rounds = Integer.getInteger("helpline.fuzz.rounds", 1);
        System.out.println("Malformed-input fuzz: seed " + seed + " (repeat with -Dhelpline.fuzz.seed=" + seed + ")");
        var random = new Random(seed);
        var api = new ApiOperations(JSON.readTree(get(http, "/v3/api-docs").body()));
        var callers = apiCallers();
        var knownIds = knownIds(api, callers);
        var requests = new MalformedApiRequests(api, random, knownIds);
        var barrage = new Barrage(port);
        var tables = new TableDigests(dataSource);
        long started = System.nanoTime();

        var before = tables.snapshot();
        var refused = barrage.send(shuffled(
                random, callers, api.operations(), rounds * REQUESTS_PER_OPERATION_AND_CALLER, requests::refused));
        var changed = TableDigests.changes(before, tables.snapshot(), COUNTED_ONLY);
        var odd = barrage.send(
                shuffled(random, callers, api.operations(), rounds * REQUESTS_PER_OPERATION_AND_CALLER, requests::odd));
        var changedByOdd = TableDigests.changes(before, tables.snapshot(), COUNTED_ONLY);
        var pages = new MalformedPageForms(random, knownIds);
        var forms = barrage.send(shuffled(
                random,
                pageCallers(),
                MalformedPageForms.discover(mappings),
                rounds * FORMS_PER_HANDLER_AND_CALLER,
                pages::spoiled));

        System.out.printf(
                "Malformed-input fuzz: seed %d, %d requests (%d certainly invalid, %d odd, %d forms) in %.1f s;"
                        + " by status %s%n",
                seed,
                barrage.count(),
                refused.size(),
                odd.size(),
                forms.size(),
                (System.nanoTime() - started) / 1e9,
                barrage.byStatus());
        assertNoServerErrors(seed, refused, odd, forms);
        assertRefusedAndChangedNothing(seed, refused, changed);
        assertThat(changedByOdd)
                .withFailMessage(
                        "the snapshot sees nothing the odd requests stored, so its check proves nothing (seed %d)",
                        seed)
                .isNotEmpty();
        assertThat(barrage.count()).as("requests sent (seed %d)", seed).isGreaterThanOrEqualTo(5_000);
    }

    @SafeVarargs
    private static void assertNoServerErrors(long seed, List<Answer>... phases) {
        var failures = Arrays.stream(phases)
                .flatMap(List::stream)
                .filter(Answer::serverError)
                .toList();
        assertThat(failures)
                .withFailMessage(
                        "%d answers of 5xx (seed %d, repeat with -Dhelpline.fuzz.seed=%d):%n%s",
                        failures.size(), seed, seed, list(failures))
                .isEmpty();
    }

    private static void assertRefusedAndChangedNothing(long seed, List<Answer> refused, Map<String, String> changed) {
        var accepted = refused.stream().filter(answer -> !answer.refusal()).toList();
        assertThat(accepted)
                .withFailMessage(
                        "%d certainly invalid requests not refused (seed %d):%n%s",
                        accepted.size(), seed, list(accepted))
                .isEmpty();
        assertThat(changed)
                .withFailMessage("tables changed by refused requests (seed %d): %s", seed, changed)
                .isEmpty();
    }

    private interface Spoiler<T> {
        FuzzRequest spoil(T target, Caller caller);
    }

    private static <T> List<FuzzRequest> shuffled(
            Random random, List<Caller> callers, List<T> targets, int each, Spoiler<T> spoiler) {
        var requests = new ArrayList<FuzzRequest>();
        for (var target : targets) {
            for (var caller : callers) {
                for (int i = 0; i < each; i++) {
                    var request = spoiler.spoil(target, caller);
                    if (request != null) {
                        requests.add(request);
                    }
                }
            }
        }
        Collections.shuffle(requests, random);
        return requests;
    }

    /** Each demo login with an API token it made after signing in with HTTP Basic, and nobody. */
    private List<Caller> apiCallers() {
        var callers = new ArrayList<Caller>();
        for (var login : DEMO_LOGINS) {
            var basic =
                    "Basic " + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8));
            var created = send(
                    http,
                    HttpRequest.newBuilder(uri("/api/v1/me/tokens"))
                            .header("Authorization", basic)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"fuzz\",\"scope\":\"read-write\",\"validDays\":1}")));
            assertThat(created.statusCode()).as("token of %s", login).isEqualTo(201);
            var secret = JSON.readTree(created.body()).get("secret").asString();
            callers.add(new Caller(login, http, Map.of("Authorization", "Bearer " + secret)));
        }
        callers.add(new Caller("anonymous", http, Map.of()));
        return callers;
    }

    /** Each demo login signed in with the login form, with its session's CSRF token, and nobody. */
    private List<Caller> pageCallers() {
        var callers = new ArrayList<Caller>();
        for (var login : DEMO_LOGINS) {
            var session = PageSession.signIn(port, login);
            callers.add(new Caller(login, session.client(), Map.of(PageSession.CSRF_HEADER, session.csrf())));
        }
        var nobody = PageSession.anonymous(port);
        callers.add(new Caller("anonymous", nobody.client(), Map.of(PageSession.CSRF_HEADER, nobody.csrf())));
        return callers;
    }

    /**
     * Ids and codes the demo data really has, from every list the API offers to any caller, so that
     * spoiled requests also reach existing things and not only "not found".
     */
    private List<String> knownIds(ApiOperations api, List<Caller> callers) {
        var ids = new TreeSet<String>();
        for (var operation : api.operations()) {
            if (operation.method().equals("GET") && operation.in("path").isEmpty()) {
                for (var caller : callers) {
                    var builder = HttpRequest.newBuilder(uri(operation.path())).header("Accept", "application/json");
                    caller.headers().forEach(builder::header);
                    var response = send(http, builder.GET());
                    if (response.statusCode() == 200
                            && response.headers()
                                    .firstValue("Content-Type")
                                    .orElse("")
                                    .contains("json")) {
                        collectIds(JSON.readTree(response.body()), null, ids);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private static void collectIds(JsonNode node, String name, TreeSet<String> ids) {
        if (node.isString() && name != null && (name.equals("id") || name.endsWith("Id") || name.equals("code"))) {
            ids.add(node.asString());
        }
        if (node.isObject()) {
            node.properties().forEach(property -> collectIds(property.getValue(), property.getKey(), ids));
        } else if (node.isArray()) {
            node.values().forEach(value -> collectIds(value, name, ids));
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) {
        return send(client, HttpRequest.newBuilder(uri(path)).GET());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String list(List<Answer> answers) {
        return answers.stream().limit(25).map(Answer::describe).collect(Collectors.joining("\n"))
                + (answers.size() > 25 ? "\n... and " + (answers.size() - 25) + " more" : "");
    }
}
