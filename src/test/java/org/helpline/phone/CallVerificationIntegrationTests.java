package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.ApiClient;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.phone.internal.CallerVerification;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Caller verification end to end (R-9): the code goes through the outbox to a real SMTP server
 * (GreenMail) or the text gateway, and the test reads it there, as the caller would.
 */
class CallVerificationIntegrationTests {

    private static final String AGENT = "agent@helpline.example";

    private final int port = MailApplication.port();

    private final TenantManagement tenancy = MailApplication.bean(TenantManagement.class);

    private final CallerVerification verification = MailApplication.bean(CallerVerification.class);

    private final UserDetailsService users = MailApplication.bean(UserDetailsService.class);

    private final JdbcClient jdbc = MailApplication.bean(JdbcClient.class);

    @Test
    void r9_aCallFromARegisteredNumberIsVerifiedAtOnceWhateverTheFormat() {
        var contoso = tenantId("contoso.example");
        var call = agent().post(
                        "/api/v1/phone/calls",
                        ApiClient.json(Map.of("callerNumber", "(22) 123-45-67", "tenantId", contoso)));

        assertThat(call.status()).isEqualTo(201);
        assertThat(call.json().get("registered").asBoolean()).isTrue();
        assertThat(call.json().get("grant").get("reason").asString()).isEqualTo("REGISTERED_NUMBER");
        var id = call.json().get("id").asString();
        assertThat(agent().get("/api/v1/phone/calls/" + id + "/account")
                        .json()
                        .get("profile")
                        .get("name")
                        .asString())
                .isEqualTo("Contoso");

        agent().post("/api/v1/phone/calls/" + id + "/end", "");
        assertThat(agent().get("/api/v1/phone/calls/" + id + "/account").status())
                .isEqualTo(403);
    }

    @Test
    void r9_theFullFlowByEmail_theCodeIsReadFromTheSmtpServer() throws Exception {
        var tenant = newTenant();
        var email = tenant.emails().get(0).email();
        var call = startCall(tenant, newCaller());
        assertThat(call.get("registered").asBoolean()).isFalse();
        assertThat(call.get("grant").isNull()).isTrue();
        var id = call.get("id").asString();
        var account = agent().get("/api/v1/phone/calls/" + id + "/account");
        assertThat(account.status()).isEqualTo(403);
        assertThat(account.json().get("type").asString()).endsWith("/verification-required");
        assertThat(call.toString()).doesNotContain(email).contains("a***n@" + tenant.domain());

        var sent = sendCode(id, "EMAIL", tenant.emails().get(0).id());
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("destination").asString()).isEqualTo("a***n@" + tenant.domain());
        var code = MailServers.codeMailedTo(email, 1);
        var mail = MailServers.mailsTo(email).get(0);
        assertThat(mail.getSubject()).isEqualTo("Twój kod weryfikacyjny Helpline");
        assertThat(sent.body()).doesNotContain(code);

        var confirmed = confirm(id, code);
        assertThat(confirmed.get("outcome").asString()).isEqualTo("GRANTED");
        assertThat(confirmed.get("grant").get("reason").asString()).isEqualTo("CODE_CONFIRMED");
        assertThat(confirmed.toString()).doesNotContain(code);
        var opened = agent().get("/api/v1/phone/calls/" + id + "/account");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().get("profile").get("domain").asString()).isEqualTo(tenant.domain());
        assertThat(verification.hasGrant(user(AGENT), tenant.id())).isTrue();
        assertThat(verification.requireGrant(user(AGENT), tenant.id()).callId().toString())
                .isEqualTo(id);
        assertThat(verification.hasGrant(user("supervisor@helpline.example"), tenant.id()))
                .isFalse();
        assertNoCodeStoredOrAudited(tenant, code);
    }

    @Test
    void r9_theFullFlowByTextMessage_theCodeIsReadFromTheGateway() throws Exception {
        var tenant = newTenant();
        var phone = tenant.phones().get(0);
        var id = startCall(tenant, newCaller()).get("id").asString();

        var sent = sendCode(id, "SMS", phone.id());
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().get("destination").asString()).startsWith("+48 ").contains("*");
        var code = MailServers.codeTextedTo(phone.e164(), 1);

        assertThat(confirm(id, code).get("outcome").asString()).isEqualTo("GRANTED");
    }

    @Test
    void fiveWrongCodesEndTheChallengeAndTheRightCodeNoLongerWorks() throws Exception {
        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        sendCode(id, "EMAIL", tenant.emails().get(0).id());
        var code = MailServers.codeMailedTo(tenant.emails().get(0).email(), 1);
        var wrong = code.equals("00000000") ? "11111111" : "00000000";

        for (int left = 4; left >= 1; left--) {
            var answer = confirm(id, wrong);
            assertThat(answer.get("outcome").asString()).isEqualTo("WRONG_CODE");
            assertThat(answer.get("triesLeft").asInt()).isEqualTo(left);
        }
        assertThat(confirm(id, wrong).get("outcome").asString()).isEqualTo("TOO_MANY_TRIES");
        assertThat(confirm(id, code).get("outcome").asString()).isEqualTo("TOO_MANY_TRIES");
        assertThat(agent().get("/api/v1/phone/calls/" + id + "/account").status())
                .isEqualTo(403);

        sendCode(id, "EMAIL", tenant.emails().get(0).id());
        var fresh = MailServers.codeMailedTo(tenant.emails().get(0).email(), 2);
        assertThat(confirm(id, fresh).get("outcome").asString()).isEqualTo("GRANTED");
    }

    @Test
    void aResentCodeReplacesTheOldOne() throws Exception {
        var tenant = newTenant();
        var email = tenant.emails().get(0);
        var id = startCall(tenant, newCaller()).get("id").asString();
        sendCode(id, "EMAIL", email.id());
        var first = MailServers.codeMailedTo(email.email(), 1);
        sendCode(id, "EMAIL", email.id());
        var second = MailServers.codeMailedTo(email.email(), 2);

        if (!first.equals(second)) {
            assertThat(confirm(id, first).get("outcome").asString()).isEqualTo("WRONG_CODE");
        }
        assertThat(confirm(id, second).get("outcome").asString()).isEqualTo("GRANTED");
    }

    @Test
    void aCodeWorksOnceAndOnlyOnItsOwnCall() throws Exception {
        var tenant = newTenant();
        var email = tenant.emails().get(0);
        var first = startCall(tenant, newCaller()).get("id").asString();
        sendCode(first, "EMAIL", email.id());
        var code = MailServers.codeMailedTo(email.email(), 1);
        assertThat(confirm(first, code).get("outcome").asString()).isEqualTo("GRANTED");

        var again = confirm(first, code);
        assertThat(again.get("outcome").asString()).isEqualTo("NO_OPEN_CHALLENGE");
        assertThat(again.get("granted").asBoolean()).isFalse();

        var second = startCall(tenant, newCaller()).get("id").asString();
        assertThat(confirm(second, code).get("outcome").asString()).isEqualTo("NO_OPEN_CHALLENGE");
        sendCode(second, "EMAIL", email.id());
        var other = MailServers.codeMailedTo(email.email(), 2);
        if (!other.equals(code)) {
            assertThat(confirm(second, code).get("outcome").asString()).isEqualTo("WRONG_CODE");
        }
    }

    @Test
    void aCodeExpiresAfterTenMinutes() throws Exception {
        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        sendCode(id, "EMAIL", tenant.emails().get(0).id());
        var code = MailServers.codeMailedTo(tenant.emails().get(0).email(), 1);

        MailServers.CLOCK.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(confirm(id, code).get("outcome").asString()).isEqualTo("EXPIRED");
        assertThat(agent().get("/api/v1/phone/calls/" + id)
                        .json()
                        .get("challenge")
                        .get("state")
                        .asString())
                .isEqualTo("EXPIRED");
    }

    @Test
    void theGrantEndsAfterSixtyMinutes() throws Exception {
        var tenant = newTenant();
        var caller = tenant.phones().get(0).e164();
        var id = startCall(tenant, caller).get("id").asString();
        assertThat(agent().get("/api/v1/phone/calls/" + id + "/account").status())
                .isEqualTo(200);

        MailServers.CLOCK.advance(Duration.ofMinutes(60).plusSeconds(1));

        assertThat(agent().get("/api/v1/phone/calls/" + id + "/account").status())
                .isEqualTo(403);
        assertThat(verification.hasGrant(user(AGENT), tenant.id())).isFalse();
    }

    @Test
    void sendsAreLimitedPerCallerNumber() throws Exception {
        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(sendCode(id, "EMAIL", tenant.emails().get(0).id()).status())
                    .isEqualTo(202);
        }
        var refused = sendCode(id, "EMAIL", tenant.emails().get(0).id());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asString()).endsWith("/too-many-codes");
    }

    @Test
    void sendsAreLimitedPerTenant() {
        var tenant = newTenant();
        var first = startCall(tenant, newCaller()).get("id").asString();
        var second = startCall(tenant, newCaller()).get("id").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(sendCode(first, "EMAIL", null).status()).isEqualTo(202);
        }
        for (int i = 0; i < 2; i++) {
            assertThat(sendCode(second, "EMAIL", null).status()).isEqualTo(202);
        }
        var third = startCall(tenant, newCaller()).get("id").asString();
        assertThat(sendCode(third, "EMAIL", null).status()).isEqualTo(429);
    }

    @Test
    void agentsOfAnotherOrganisationOrAnotherAgentFindNothing() {
        var contoso = tenantId("contoso.example");
        var operator = ApiClient.as(port, "agent@operator.example");
        var start = operator.post(
                "/api/v1/phone/calls", ApiClient.json(Map.of("callerNumber", "+48 12 345 67 89", "tenantId", contoso)));
        assertThat(start.status()).isEqualTo(404);

        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        for (var stranger : List.of(operator, ApiClient.as(port, "supervisor@helpline.example"))) {
            assertThat(stranger.get("/api/v1/phone/calls/" + id).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/phone/calls/" + id + "/account").status())
                    .isEqualTo(404);
            assertThat(stranger.post(
                                    "/api/v1/phone/calls/" + id + "/verification",
                                    ApiClient.json(Map.of("channel", "EMAIL")))
                            .status())
                    .isEqualTo(404);
            assertThat(stranger.post(
                                    "/api/v1/phone/calls/" + id + "/verification/confirm",
                                    ApiClient.json(Map.of("code", "12345678")))
                            .status())
                    .isEqualTo(404);
        }
        assertThat(ApiClient.as(port, "admin@contoso.example")
                        .post(
                                "/api/v1/phone/calls",
                                ApiClient.json(Map.of("callerNumber", "+48 22 123 45 67", "tenantId", contoso)))
                        .status())
                .isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/v1/phone/calls").status())
                .isEqualTo(401);
        assertThat(ApiClient.as(port, "agent@operator.example")
                        .get("/api/v1/phone/tenants?q=contoso")
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void badInputOnEveryWriteEndpointNamesTheField() {
        var contoso = tenantId("contoso.example");
        assertFields(agent().post("/api/v1/phone/calls", "{}"), "callerNumber", "tenantId");
        assertFields(
                agent().post(
                                "/api/v1/phone/calls",
                                ApiClient.json(Map.of("callerNumber", "not a number", "tenantId", contoso))),
                "callerNumber");
        assertFields(
                agent().post(
                                "/api/v1/phone/calls",
                                ApiClient.json(Map.of("callerNumber", "+48 22 123 45 67", "tenantId", "nope"))),
                "tenantId");
        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        var path = "/api/v1/phone/calls/" + id + "/verification";
        assertFields(agent().post(path, "{}"), "channel");
        assertFields(agent().post(path, ApiClient.json(Map.of("channel", "FAX"))), "channel");
        assertFields(
                agent().post(
                                path,
                                ApiClient.json(Map.of(
                                        "channel",
                                        "EMAIL",
                                        "destinationId",
                                        tenant.phones().get(0).id()))),
                "destinationId");
        assertFields(
                agent().post(path, ApiClient.json(Map.of("channel", "SMS", "destinationId", "x"))), "destinationId");
        assertFields(agent().post(path + "/confirm", "{}"), "code");
        assertFields(agent().post(path + "/confirm", ApiClient.json(Map.of("code", "1234"))), "code");
        assertFields(agent().post(path + "/confirm", ApiClient.json(Map.of("code", "abcdefgh"))), "code");
        assertThat(agent().get("/api/v1/phone/calls/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void anEndedCallTakesNoMoreCodes() {
        var tenant = newTenant();
        var id = startCall(tenant, newCaller()).get("id").asString();
        assertThat(agent().post("/api/v1/phone/calls/" + id + "/end", "")
                        .json()
                        .get("endedAt")
                        .isNull())
                .isFalse();
        var refused = sendCode(id, "EMAIL", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).endsWith("/call-ended");
    }

    private void assertNoCodeStoredOrAudited(TenantProfile tenant, String code) {
        var details = jdbc.sql("select coalesce(details, '') || ' ' || coalesce(target, '') from audit_event "
                        + "where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
        assertThat(String.join("\n", details))
                .doesNotContain(code)
                .doesNotContain(tenant.emails().get(0).email());
        var actions = jdbc.sql("select action from audit_event where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
        assertThat(actions)
                .contains(
                        "phone.call-started",
                        "phone.code-sent",
                        "phone.access-granted",
                        "phone.account-refused",
                        "phone.account-opened");
        var stored = jdbc.sql("select code_hash from phone_challenge where tenant_id = :tenant")
                .param("tenant", tenant.id())
                .query(String.class)
                .list();
        assertThat(stored).allSatisfy(hash -> assertThat(hash).doesNotContain(code));
        var outbox = jdbc.sql("select payload || ' ' || coalesce(secret_payload, '<erased>') from notify_message "
                        + "where recipient = :to")
                .param("to", tenant.emails().get(0).email())
                .query(String.class)
                .list();
        assertThat(outbox)
                .allSatisfy(row -> assertThat(row).doesNotContain(code).endsWith("<erased>"));
    }

    private static void assertFields(ApiClient.Response response, String... fields) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        var named = new java.util.ArrayList<String>();
        response.json()
                .get("errors")
                .forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).contains(fields);
    }

    private ApiClient agent() {
        return ApiClient.as(port, AGENT);
    }

    private JsonNode startCall(TenantProfile tenant, String caller) {
        var response = agent().post(
                        "/api/v1/phone/calls", ApiClient.json(Map.of("callerNumber", caller, "tenantId", tenant.id())));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private ApiClient.Response sendCode(String callId, String channel, UUID destination) {
        var body = new java.util.HashMap<String, Object>();
        body.put("channel", channel);
        if (destination != null) {
            body.put("destinationId", destination);
        }
        return agent().post("/api/v1/phone/calls/" + callId + "/verification", ApiClient.json(body));
    }

    private JsonNode confirm(String callId, String code) {
        var response = agent().post(
                        "/api/v1/phone/calls/" + callId + "/verification/confirm",
                        ApiClient.json(Map.of("code", code)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private HelplineUser user(String login) {
        return (HelplineUser) users.loadUserByUsername(login);
    }

    private UUID tenantId(String domain) {
        return tenancy.tenants("global", domain, 0, 1).get(0).id();
    }

    TenantProfile newTenant() {
        var suffix = "t" + UUID.randomUUID().toString().substring(0, 8);
        return tenancy.createTenant(
                "global",
                new NewTenant(
                        "Phone " + suffix,
                        suffix + ".example",
                        "PL",
                        "Europe/Warsaw",
                        "pl",
                        Contract.STANDARD,
                        null,
                        List.of("+48 22 " + sevenDigits()),
                        List.of("admin@" + suffix + ".example")));
    }

    static String newCaller() {
        return "+48 12 " + sevenDigits();
    }

    private static String sevenDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999));
    }
}
