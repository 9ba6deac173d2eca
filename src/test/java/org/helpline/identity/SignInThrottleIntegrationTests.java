package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Failed sign-ins are counted in the database before a password is evaluated, so a burst on one
 * login evaluates at most the free failures, and a stranger's failures elsewhere do not keep the
 * owner out of their own address (docs/security.md).
 */
@HelplineIntegrationTest
class SignInThrottleIntegrationTests {

    private static final String PASSWORD = "right-password-1";
    private static final int FREE_FAILURES_PER_LOGIN_AND_ADDRESS = 5;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aBurstOfWrongPasswordsEvaluatesNoMoreThanTheLimitAndNeverFails() throws Exception {
        var login = newUser();

        var answers = burst(login, address(), 40, -1);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401, 429);
        long evaluated =
                answers.stream().filter(answer -> answer.statusCode() == 401).count();
        assertThat(evaluated).isBetween(1L, (long) FREE_FAILURES_PER_LOGIN_AND_ADDRESS);
        assertThat(audited(login, "sign-in.failed")).isEqualTo(evaluated);
        assertThat(audited(login, "sign-in.throttled")).isOne();
        var throttled = answers.stream()
                .filter(answer -> answer.statusCode() == 429)
                .findFirst()
                .orElseThrow();
        assertThat(throttled.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 30L);
    }

    @Test
    void aRightPasswordInABurstOfWrongOnesDoesNotSignInOnceThrottled() throws Exception {
        var login = newUser();
        var attacker = address();
        for (int attempt = 0; attempt < FREE_FAILURES_PER_LOGIN_AND_ADDRESS; attempt++) {
            assertThat(me(login, "wrong", attacker).statusCode()).isEqualTo(401);
        }

        var answers = burst(login, attacker, 30, 17);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(429);
        assertThat(me(login, PASSWORD, attacker).statusCode()).isEqualTo(429);
        assertThat(audited(login, "sign-in.failed")).isEqualTo(FREE_FAILURES_PER_LOGIN_AND_ADDRESS);
    }

    @Test
    void theSignInPageSaysHowLongToWait() {
        var login = newUser();
        var browser = FormSession.on(port).from(address());
        for (int attempt = 0; attempt < FREE_FAILURES_PER_LOGIN_AND_ADDRESS; attempt++) {
            browser.tryToSignIn(login, "wrong");
        }

        var refused = browser.tryToSignIn(login, PASSWORD);

        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        var page = browser.get("/login?error");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("Too many failed attempts to sign in. Try again in [1-9][0-9]* seconds.");
        assertThat(browser.reads("/requests")).isFalse();
    }

    @Test
    void aStrangerElsewhereDoesNotLockTheOwnerOutOfTheirOwnAddress() throws Exception {
        var login = newUser();
        var home = address();
        assertThat(basic(login, PASSWORD, home)).isEqualTo(200);

        var stranger = address();
        for (int attempt = 0; attempt < 12; attempt++) {
            assertThat(basic(login, "guess-" + attempt, stranger)).isIn(401, 429);
        }
        assertThat(basic(login, "guess", stranger)).isEqualTo(429);
        assertThat(basic(login, PASSWORD, home)).isEqualTo(200);

        for (int attempt = 0; attempt < FREE_FAILURES_PER_LOGIN_AND_ADDRESS; attempt++) {
            basic(login, "guess-" + attempt, address());
        }
        assertThat(basic(login, PASSWORD, address()))
                .as("the login as a whole now waits for addresses it never signed in from")
                .isEqualTo(429);
        assertThat(basic(login, PASSWORD, home)).isEqualTo(200);
    }

    @Test
    void aRightPasswordGivesBackItsCountSoSigningInOftenIsNeverThrottled() throws Exception {
        var login = newUser();
        var office = address();
        for (int attempt = 0; attempt < 3 * FREE_FAILURES_PER_LOGIN_AND_ADDRESS; attempt++) {
            assertThat(basic(login, PASSWORD, office)).isEqualTo(200);
        }
        for (int newAddress = 0; newAddress < 12; newAddress++) {
            assertThat(basic(login, PASSWORD, address())).isEqualTo(200);
        }
    }

    @Test
    void concurrentRightPasswordsOfANewLoginAreNeverRefused() throws Exception {
        var login = newUser();

        var answers = burst(login, address(), 24, -2);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
    }

    /**
     * {@code size} parallel Basic calls from {@code address}, all with a wrong password but the one
     * at {@code right} ({@code -2}: all right).
     */
    private List<HttpResponse<String>> burst(String login, String address, int size, int right) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(size);
        try {
            var calls = new ArrayList<Future<HttpResponse<String>>>();
            for (int call = 0; call < size; call++) {
                var password = call == right || right == -2 ? PASSWORD : "wrong-" + call;
                calls.add(pool.submit(() -> {
                    start.await();
                    return me(login, password, address);
                }));
            }
            start.countDown();
            var answers = new ArrayList<HttpResponse<String>>();
            for (var call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A Basic call from a client at {@code address} behind the loopback proxy (X-Forwarded-For). */
    private HttpResponse<String> me(String login, String password, String address) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                        .header("Authorization", "Basic " + credentials)
                        .header("X-Forwarded-For", address)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int basic(String login, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(login, password)).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    /** A client address of its own (from the documentation range), so tests do not share counters. */
    private static String address() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private String newUser() {
        var login = "throttle-" + UUID.randomUUID() + "@helpline.example";
        var created = ApiClient.as(port, "orgadmin@helpline.example")
                .post(
                        "/api/v1/users",
                        ApiClient.json(Map.of(
                                "login",
                                login,
                                "name",
                                "Throttle Test",
                                "password",
                                PASSWORD,
                                "roles",
                                List.of("AGENT"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return login;
    }

    private long audited(String login, String action) {
        return jdbc.sql("select count(*) from audit_event where actor_login = :login and action = :action")
                .param("login", login)
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
