package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.shared.HelplineUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Filing on behalf of a tenant: an agent on the phone under a caller verification grant, a partner
 * agent for the tenants of their partner. Every channel (portal, API, phone by agent, phone by partner
 * agent) enters the same SLA clocks and timers; other organisations' and partners' tenants are not found.
 * The grants are real: the agent takes a call from the tenant's registered number in the phone
 * module, which verifies the caller at once.
 */
@HelplineIntegrationTest
class RequestOnBehalfIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.helpline.tenancy.TenantManagement tenancy;

    private final String token = UUID.randomUUID().toString().substring(0, 8);
    private UUID contoso;
    private UUID fabrikam;
    private UUID northwind;

    @BeforeEach
    void tenants() {
        contoso = tenantOf("admin@contoso.example");
        fabrikam = tenantOf("admin@fabrikam.example");
        northwind = tenantOf("admin@northwind.example");
    }

    @Test
    void anAgentWithACallerGrantFilesForATenantByPhoneAsTheRequester() {
        grant("agent@helpline.example", contoso);

        var response = onBehalf("agent@helpline.example", contoso, NewRequests.technical("Phone " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var request = response.json();
        assertThat(request.get("channel").asString()).isEqualTo("PHONE");
        assertThat(request.get("handledBy").asString()).isEqualTo("PROVIDER");
        assertThat(request.get("requester").get("name").asString()).isEqualTo("Adam Agent");
        assertThat(request.get("onBehalfOf").get("id").asString()).isEqualTo(contoso.toString());
        assertThat(request.get("onBehalfOf").get("name").asString()).isEqualTo("Contoso");
        assertThat(request.get("number").asString()).matches("GL-\\d{4}-\\d{6}");
        var id = UUID.fromString(request.get("id").asString());
        assertThat(history(id)).isEqualTo("OPENED by Adam Agent");
        assertThat(jdbc.sql("select details from audit_event where action = 'request.opened' and target = :number")
                        .param("number", request.get("number").asString())
                        .query(String.class)
                        .single())
                .contains("channel: PHONE", "on behalf of: Contoso");
        assertThat(RequestApi.as(port, "admin@contoso.example")
                        .read(id.toString())
                        .get("onBehalfOf")
                        .get("name")
                        .asString())
                .isEqualTo("Contoso");
    }

    @Test
    void everyChannelStartsTheSameFirstResponseClockAndTimer() throws Exception {
        grant("agent@helpline.example", fabrikam);
        var api = RequestApi.as(port, "admin@fabrikam.example").file(NewRequests.technical("Api " + token));
        var phone = onBehalf("agent@helpline.example", fabrikam, NewRequests.technical("Agent " + token))
                .json();
        var partner = onBehalf("partner@litware.example", fabrikam, partnerRouted("Partner " + token))
                .json();
        mvc.perform(post("/requests")
                .with(signedIn.as("admin@fabrikam.example"))
                .with(csrf())
                .param("routeTo", "PROVIDER")
                .param("category", "TECHNICAL")
                .param("serviceId", "mail")
                .param("problemClassification", "mail-flow")
                .param("title", "Portal " + token)
                .param("description", "Down")
                .param("severity", "B")
                .param("phone", "+1 212 555 0100")
                .param("email", "admin@fabrikam.example")
                .param("preferredMethod", "EMAIL")
                .param("language", "en"));
        var portal = jdbc.sql("select id from service_request where title = :title")
                .param("title", "Portal " + token)
                .query(UUID.class)
                .single();

        var channels = Map.of(
                UUID.fromString(api.get("id").asString()),
                "API",
                UUID.fromString(phone.get("id").asString()),
                "PHONE",
                UUID.fromString(partner.get("id").asString()),
                "PHONE",
                portal,
                "PORTAL");
        var firstDue = jdbc.sql("select due_at from sla_clock where request_id = :id and kind = 'FIRST_RESPONSE'")
                .param("id", portal)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        channels.forEach((id, channel) -> {
            assertThat(jdbc.sql("select channel from service_request where id = :id")
                            .param("id", id)
                            .query(String.class)
                            .single())
                    .isEqualTo(channel);
            assertThat(clock(id)).as(channel).isEqualTo(clock(portal)).startsWith("FIRST_RESPONSE RUNNING");
            assertThat(jdbc.sql("select count(*) from sla_timeline where request_id = :id and event = 'STARTED'")
                            .param("id", id)
                            .query(Long.class)
                            .single())
                    .as(channel)
                    .isEqualTo(1);
            var due = jdbc.sql("select queue_due_at from service_request where id = :id")
                    .param("id", id)
                    .query(java.sql.Timestamp.class)
                    .single()
                    .toInstant();
            assertThat(java.time.Duration.between(firstDue, due).abs())
                    .as(channel)
                    .isLessThan(java.time.Duration.ofMinutes(5));
        });
    }

    @Test
    void aPartnerAgentFilesForTheTenantsOfTheirPartnerAndThePartnerHandlesIt() {
        var response = onBehalf("partner@litware.example", fabrikam, partnerRouted("Litware " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var request = response.json();
        assertThat(request.get("handledBy").asString()).isEqualTo("PARTNER");
        assertThat(request.get("partner").get("name").asString()).isEqualTo("Litware");
        assertThat(request.get("requester").get("name").asString()).isEqualTo("Laura Partner");
        assertThat(RequestApi.as(port, "partner@litware.example")
                        .get("/api/v1/queue")
                        .body())
                .contains("Litware " + token);
    }

    @Test
    void agentsWithoutAGrantAreRefusedAndNothingIsFiled() {
        var response = onBehalf("agent@helpline.example", contoso, NewRequests.technical("No grant " + token));

        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("caller verification");
        assertThat(stored()).isZero();
    }

    @Test
    void tenantsOfAnotherOrganisationOrAnotherPartnerAreNotFound() {
        grant("agent@helpline.example", northwind);
        grant("agent@operator.example", contoso);
        var attempts = Map.of(
                "agent@helpline.example", northwind,
                "agent@operator.example", contoso,
                "supervisor@operator.example", fabrikam,
                "partner@litware.example", contoso);
        attempts.forEach((login, tenant) -> {
            var response = onBehalf(login, tenant, NewRequests.technical("Foreign " + token));
            assertThat(response.status()).as(login + " " + response.body()).isEqualTo(404);
        });
        var unknown = onBehalf("agent@helpline.example", UUID.randomUUID(), NewRequests.technical("None " + token));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(stored()).isZero();
    }

    @Test
    void tenantAdminsUsersAndOrganisationAdminsDoNotFileOnBehalf() {
        for (var login : new String[] {"admin@contoso.example", "user@contoso.example", "orgadmin@helpline.example"}) {
            var response = onBehalf(login, contoso, NewRequests.technical("Not agent " + token));
            assertThat(response.status()).as(login).isEqualTo(403);
        }
        assertThat(stored()).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNeverA500() {
        grant("agent@helpline.example", contoso);
        var api = RequestApi.as(port, "agent@helpline.example");

        var noTenant = NewRequests.technical("No tenant " + token);
        assertThat(api.post("/api/v1/requests/on-behalf", noTenant).body()).contains("tenantId");
        assertThat(api.post("/api/v1/requests/on-behalf", noTenant).status()).isEqualTo(400);

        var noTitle = NewRequests.technical(" ");
        assertField(onBehalf("agent@helpline.example", contoso, noTitle), 400, "title");

        var badPhone = NewRequests.technical("Phone " + token);
        NewRequests.contactOf(badPhone).put("phone", "call me");
        assertField(onBehalf("agent@helpline.example", contoso, badPhone), 400, "contact.phone");

        var severityA = NewRequests.technical("A " + token);
        severityA.put("severity", "A");
        var r20 = onBehalf("agent@helpline.example", contoso, severityA);
        assertThat(r20.status()).isEqualTo(422);
        assertThat(r20.body()).contains("R-20");

        var r18 = NewRequests.critical("A " + token);
        NewRequests.contactOf(r18).put("available24x7", false);
        r18.put("routeTo", null);
        assertThat(onBehalf("partner@litware.example", fabrikam, r18).body()).contains("R-18");

        var unnamed = NewRequests.critical("A unnamed " + token);
        NewRequests.contactOf(unnamed).remove("name");
        unnamed.put("routeTo", null);
        assertField(onBehalf("partner@litware.example", fabrikam, unnamed), 422, "contact.name");

        var provider = NewRequests.technical("Provider " + token);
        assertField(onBehalf("partner@litware.example", fabrikam, provider), 400, "routeTo");

        assertThat(api.post("/api/v1/requests/on-behalf", "{\"tenantId\":\"not-a-uuid\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/requests/on-behalf", "{").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/requests/on-behalf", Map.of("tenantId", contoso.toString()))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/api/v1/requests/on-behalf",
                                withTenant(contoso, NewRequests.technical("Key " + token)),
                                Map.of("Idempotency-Key", "has spaces"))
                        .status())
                .isEqualTo(400);
        assertThat(stored()).isZero();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstRequest() {
        var body = withTenant(fabrikam, partnerRouted("Retry " + token));
        var api = RequestApi.as(port, "partner@litware.example");

        var first = api.post("/api/v1/requests/on-behalf", body, Map.of("Idempotency-Key", "call-" + token));
        var again = api.post("/api/v1/requests/on-behalf", body, Map.of("Idempotency-Key", "call-" + token));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(stored()).isEqualTo(1);
    }

    private void assertField(org.helpline.ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).contains("\"" + field + "\"");
    }

    private org.helpline.ApiClient.Response onBehalf(String login, UUID tenantId, Map<String, Object> body) {
        return RequestApi.as(port, login).post("/api/v1/requests/on-behalf", withTenant(tenantId, body));
    }

    private static Map<String, Object> withTenant(UUID tenantId, Map<String, Object> body) {
        var copy = new java.util.LinkedHashMap<String, Object>();
        copy.put("tenantId", tenantId.toString());
        copy.putAll(body);
        return copy;
    }

    private static Map<String, Object> partnerRouted(String title) {
        var body = NewRequests.technical(title);
        body.put("routeTo", "PARTNER");
        return body;
    }

    /** Takes a call from the tenant's registered number; another organisation's tenant is refused. */
    private void grant(String login, UUID tenantId) {
        var registered = tenancy.profile(tenantId).phones().get(0).e164();
        var call = org.helpline.ApiClient.as(port, login)
                .post(
                        "/api/v1/phone/calls",
                        org.helpline.ApiClient.json(
                                Map.of("callerNumber", registered, "tenantId", tenantId.toString())));
        assertThat(call.status()).isIn(201, 200, 404);
    }

    private HelplineUser user(String login) {
        return (HelplineUser) users.loadUserByUsername(login);
    }

    private UUID tenantOf(String login) {
        return user(login).tenantId().orElseThrow();
    }

    private String clock(UUID id) {
        return jdbc.sql("select kind || ' ' || state || ' ' || target_seconds from sla_clock where request_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private String history(UUID id) {
        return jdbc.sql("select kind || ' by ' || actor_name from request_history where request_id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private long stored() {
        return jdbc.sql("select count(*) from service_request where title like :like")
                .param("like", "%" + token)
                .query(Long.class)
                .single();
    }
}
