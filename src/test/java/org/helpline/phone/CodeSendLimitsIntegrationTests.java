package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.identity.NewUser;
import org.helpline.identity.UserManagement;
import org.helpline.shared.Role;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The limits on verification codes hold when many sends arrive at once: each send goes through
 * the real HTTP API on a thread of its own, all released together, and exactly the limit is sent
 * (defaults: 10 per tenant, 5 per caller number, 30 per agent within an hour); the console names
 * the limit in the agent's language. Every test uses an agent, tenants and numbers of its own, so
 * it can run again on the same database.
 */
@HelplineIntegrationTest
class CodeSendLimitsIntegrationTests {

    private static final String PASSWORD = "limits-password";

    @LocalServerPort
    int port;

    @Autowired
    TenantManagement tenancy;

    @Autowired
    UserManagement users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void twentyConcurrentSendsForOneTenantSendExactlyItsLimit() throws Exception {
        var agent = newAgent();
        var tenant = newTenant();
        var calls = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            calls.add(startCall(agent, tenant, newCaller()));
        }

        var answers = sendAtOnce(agent, calls);

        assertExactly(answers, 10, "tenant");
        assertThat(sentFor("tenant_id", tenant.id())).isEqualTo(10);
    }

    @Test
    void twentyConcurrentSendsToOneCallerNumberSendExactlyItsLimit() throws Exception {
        var agent = newAgent();
        var caller = newCaller();
        var calls = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            var tenant = newTenant();
            for (int j = 0; j < 5; j++) {
                calls.add(startCall(agent, tenant, caller));
            }
        }

        var answers = sendAtOnce(agent, calls);

        assertExactly(answers, 5, "caller");
        assertThat(sentFor("caller_e164", e164(caller))).isEqualTo(5);
    }

    @Test
    void fortyConcurrentSendsOfOneAgentSendExactlyItsLimit() throws Exception {
        var agent = newAgent();
        var calls = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            var tenant = newTenant();
            for (int j = 0; j < 8; j++) {
                calls.add(startCall(agent, tenant, newCaller()));
            }
        }

        var answers = sendAtOnce(agent, calls);

        assertExactly(answers, 30, "agent");
    }

    @Test
    void theConsoleNamesTheLimitInTheAgentsLanguage() throws Exception {
        var agent = newAgent();
        var tenant = newTenant();
        var caller = newCaller();
        for (int i = 0; i < 5; i++) {
            assertThat(send(agent, startCall(agent, tenant, caller)).status()).isEqualTo(202);
        }
        var call = startCall(agent, tenant, caller);

        var expected = Map.of(
                "en", "caller&#39;s number now: at most 5 may be sent within 60 minutes",
                "pl", "numeru dzwoniącego: najwyżej 5 w ciągu 60 min",
                "zh-CN", "此来电号码发送验证码：60 分钟内最多发送 5 个");
        for (var language : expected.entrySet()) {
            var refused = mvc.perform(post("/workspace/calls/" + call + "/verification")
                            .with(signedIn.as(agent.login()))
                            .with(csrf())
                            .param(
                                    "destination",
                                    "EMAIL:" + tenant.emails().get(0).id()))
                    .andExpect(redirectedUrl("/workspace/calls/" + call))
                    .andReturn();
            mvc.perform(get("/workspace/calls/" + call)
                            .with(signedIn.as(agent.login()))
                            .cookie(refused.getResponse().getCookies())
                            .header("Accept-Language", language.getKey()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(language.getValue())));
        }
        assertThat(sentFor("caller_e164", e164(caller))).isEqualTo(5);
    }

    private static void assertExactly(List<ApiClient.Response> answers, int limit, String scope) {
        var sent = answers.stream().filter(answer -> answer.status() == 202).count();
        var refused = answers.stream().filter(answer -> answer.status() == 429).toList();
        var statuses = answers.stream().map(ApiClient.Response::status).toList();
        assertThat(sent).as("statuses %s", statuses).isEqualTo(limit);
        assertThat(refused).hasSize(answers.size() - limit);
        assertThat(refused).allSatisfy(answer -> {
            var problem = answer.json();
            assertThat(problem.get("type").asString()).endsWith("/too-many-codes");
            assertThat(problem.get("limit").asString()).isEqualTo(scope);
            assertThat(problem.get("max").asInt()).isEqualTo(limit);
            assertThat(problem.get("window").asString()).isEqualTo("PT1H");
            assertThat(problem.get("detail").asString()).contains(scope).contains(String.valueOf(limit));
        });
    }

    /** Sends a code on every call, each from its own thread, all released at the same instant. */
    private List<ApiClient.Response> sendAtOnce(Agent agent, List<String> calls) throws Exception {
        var executor = Executors.newFixedThreadPool(calls.size());
        try {
            var ready = new CountDownLatch(calls.size());
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<ApiClient.Response>>();
            for (var call : calls) {
                futures.add(executor.submit(() -> {
                    ready.countDown();
                    go.await();
                    return send(agent, call);
                }));
            }
            ready.await();
            go.countDown();
            var answers = new ArrayList<ApiClient.Response>();
            for (var future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            executor.shutdownNow();
        }
    }

    private static ApiClient.Response send(Agent agent, String call) {
        return agent.api()
                .post("/api/v1/phone/calls/" + call + "/verification", ApiClient.json(Map.of("channel", "EMAIL")));
    }

    private long sentFor(String column, Object value) {
        return jdbc.sql("select count(*) from phone_challenge where " + column + " = :value")
                .param("value", value)
                .query(Long.class)
                .single();
    }

    private Agent newAgent() {
        var login = "limits-" + UUID.randomUUID().toString().substring(0, 8) + "@helpline.example";
        users.create("global", new NewUser(login, "Limits Agent", PASSWORD, null, null, Set.of(Role.AGENT), null));
        return new Agent(login, ApiClient.as(port, login, PASSWORD));
    }

    private record Agent(String login, ApiClient api) {}

    private String startCall(Agent agent, TenantProfile tenant, String caller) {
        var response = agent.api()
                .post("/api/v1/phone/calls", ApiClient.json(Map.of("callerNumber", caller, "tenantId", tenant.id())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private TenantProfile newTenant() {
        var suffix = "l" + UUID.randomUUID().toString().substring(0, 8);
        return tenancy.createTenant(
                "global",
                new NewTenant(
                        "Limits " + suffix,
                        suffix + ".example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of("+48 22 " + sevenDigits()),
                        List.of("admin@" + suffix + ".example")));
    }

    private static String e164(String caller) {
        return caller.replace(" ", "");
    }

    private static String newCaller() {
        return "+48 12 " + sevenDigits();
    }

    private static String sevenDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999));
    }
}
