package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.requests.NewRequests;
import org.helpline.requests.RequestManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The call console's "new request" page and "log this call": only under the call's verification
 * grant (403 without one); the request is filed with channel PHONE and SLA clocks; another
 * organisation's call, and another tenant's request, are not found. Calls are real: a registered
 * number verifies at once, any other number does not.
 */
@HelplineIntegrationTest
class RequestByPhoneConsoleIntegrationTests {

    private static final String AGENT = "agent@helpline.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantManagement tenancy;

    @Autowired
    RequestManagement requests;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void withoutAGrantThePageAndTheCallLogAreRefused() throws Exception {
        var contoso = tenantOf("admin@contoso.example");
        var call = startCall(AGENT, contoso, "+48 12 345 67 89");

        mvc.perform(get("/workspace/calls/" + call + "/request").with(signedIn.as(AGENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/calls/" + call + "/request")
                        .with(signedIn.as(AGENT))
                        .with(csrf())
                        .param("category", "TECHNICAL")
                        .param("title", "No grant " + token))
                .andExpect(status().isForbidden());
        mvc.perform(post("/workspace/calls/" + call + "/request/log")
                        .with(signedIn.as(AGENT))
                        .with(csrf())
                        .param("requestId", UUID.randomUUID().toString())
                        .param("body", "Called"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from service_request where title like :t")
                        .param("t", "%" + token)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void underAGrantTheAgentFilesByPhoneAndLogsTheCall() throws Exception {
        var contoso = tenantOf("admin@contoso.example");
        var call = startCall(AGENT, contoso, registered(contoso));

        mvc.perform(get("/workspace/calls/" + call + "/request").with(signedIn.as(AGENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"request-form\"")));
        mvc.perform(get("/workspace/calls/" + call + "/request/options")
                        .with(signedIn.as(AGENT))
                        .param("category", "BILLING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("explain-invoice")));
        var filed = mvc.perform(post("/workspace/calls/" + call + "/request")
                        .with(signedIn.as(AGENT))
                        .with(csrf())
                        .param("category", "TECHNICAL")
                        .param("serviceId", "mail")
                        .param("problemClassification", "mail-flow")
                        .param("title", "By phone " + token)
                        .param("description", "The caller cannot send mail.")
                        .param("severity", "B")
                        .param("phone", "+48 22 123 45 67")
                        .param("email", "admin@contoso.example")
                        .param("preferredMethod", "EMAIL")
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        var id = UUID.fromString(
                filed.getResponse().getRedirectedUrl().replaceAll(".*/workspace/requests/([0-9a-f-]{36}).*", "$1"));
        assertThat(jdbc.sql("select channel from service_request where id = :id and on_behalf")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("PHONE");
        assertThat(jdbc.sql("select count(*) from sla_clock where request_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isPositive();

        mvc.perform(get("/workspace/calls/" + call + "/request").with(signedIn.as(AGENT)))
                .andExpect(content().string(containsString("data-request=\"" + id + "\"")));
        mvc.perform(post("/workspace/calls/" + call + "/request/log")
                        .with(signedIn.as(AGENT))
                        .with(csrf())
                        .param("requestId", id.toString())
                        .param("body", "Caller confirmed the outage " + token))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select kind from request_message where request_id = :id and body_markdown like :t")
                        .param("id", id)
                        .param("t", "%" + token)
                        .query(String.class)
                        .single())
                .isEqualTo("CALL_LOG");
    }

    @Test
    void anotherOrganisationsCallAndAnotherTenantsRequestAreNotFound() throws Exception {
        var contoso = tenantOf("admin@contoso.example");
        var call = startCall(AGENT, contoso, registered(contoso));
        mvc.perform(get("/workspace/calls/" + call + "/request").with(signedIn.as("agent@operator.example")))
                .andExpect(status().isNotFound());

        var fabrikamRequest = ApiClient.as(port, "admin@fabrikam.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Fabrikam " + token)));
        assertThat(fabrikamRequest.status()).as(fabrikamRequest.body()).isEqualTo(201);
        var otherTenants = fabrikamRequest.json().get("id").asString();
        mvc.perform(post("/workspace/calls/" + call + "/request/log")
                        .with(signedIn.as(AGENT))
                        .with(csrf())
                        .param("requestId", otherTenants)
                        .param("body", "Wrong tenant"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTenantOfARequestNumberFollowsVisibility() {
        var fabrikam = tenantOf("admin@fabrikam.example");
        var filed = ApiClient.as(port, "admin@fabrikam.example")
                .post("/api/v1/requests", ApiClient.json(NewRequests.technical("Number " + token)));
        var number = filed.json().get("number").asString();

        assertThat(requests.tenantOfRequestNumber(user(AGENT), " " + number.toLowerCase() + " "))
                .contains(fabrikam);
        assertThat(requests.tenantOfRequestNumber(user("agent@operator.example"), number))
                .isEmpty();
        assertThat(requests.tenantOfRequestNumber(user(AGENT), "GL-1999-000000"))
                .isEmpty();
        assertThat(requests.tenantOfRequestNumber(user(AGENT), " ")).isEmpty();
    }

    private String startCall(String login, UUID tenantId, String callerNumber) {
        var call = ApiClient.as(port, login)
                .post(
                        "/api/v1/phone/calls",
                        ApiClient.json(Map.of("callerNumber", callerNumber, "tenantId", tenantId.toString())));
        assertThat(call.status()).as(call.body()).isEqualTo(201);
        return call.json().get("id").asString();
    }

    private String registered(UUID tenantId) {
        return tenancy.profile(tenantId).phones().get(0).e164();
    }

    private HelplineUser user(String login) {
        return (HelplineUser) users.loadUserByUsername(login);
    }

    private UUID tenantOf(String login) {
        return user(login).tenantId().orElseThrow();
    }
}
