package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The request pages of admins and agents, rendered by the server. */
@HelplineIntegrationTest
class RequestPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void r6_aTenantWithAPartnerSeesThePartnerFirstWithTheProviderAsTheAlternative() throws Exception {
        var page = html(get("/requests/new"), "admin@fabrikam.example");

        assertThat(page)
                .contains(
                        "id=\"partner-first\"",
                        "Litware",
                        "+1 425-555-0199",
                        "support@litware.example",
                        "id=\"with-partner\"",
                        "id=\"with-provider\"",
                        "New service request with the provider")
                .doesNotContain("id=\"request-form\"");
    }

    @Test
    void r5_r12_r16_theFormOffersOnlyAllowedSeveritiesWithTheirDefinitionsAndPrefilledContacts() throws Exception {
        var contoso = html(get("/requests/new"), "admin@contoso.example");
        assertThat(contoso)
                .doesNotContain("id=\"partner-first\"")
                .contains(
                        "id=\"request-form\"",
                        "id=\"severity-B\"",
                        "id=\"severity-C\"",
                        "ograniczoną wydajnością",
                        "+48 22 123 45 67",
                        "admin@contoso.example",
                        "id=\"support-scope\"",
                        "id=\"available24x7\"")
                .doesNotContain("id=\"severity-A\"");

        var fabrikam = html(get("/requests/new?route=PROVIDER"), "admin@fabrikam.example");
        assertThat(fabrikam).contains("id=\"severity-A\"", "unavailable or unusable", "+1 212-555-0100");

        var billing = html(get("/requests/new/options?category=BILLING"), "admin@fabrikam.example");
        assertThat(billing).contains("explain-invoice").doesNotContain("id=\"severity-A\"", "<html");

        var mail = html(get("/requests/new/options?category=TECHNICAL&serviceId=mail"), "admin@fabrikam.example");
        assertThat(mail).contains("mail-flow").doesNotContain("site-permissions");
    }

    @Test
    void r2_aBillingAdminIsOfferedBillingOnlyAndAUserIsSentToTheGuidance() throws Exception {
        var billing = html(get("/requests/new"), "billing@contoso.example");
        assertThat(billing).contains("value=\"BILLING\"").doesNotContain("value=\"TECHNICAL\"");

        var user = mvc.perform(get("/requests/new").with(signedIn.as("user@contoso.example")))
                .andReturn();
        assertThat(user.getResponse().getRedirectedUrl()).isEqualTo("/support");
    }

    @Test
    void r18_aFormForSeverityAWithoutThe24x7ConfirmationComesBackWithTheError() throws Exception {
        var result = mvc.perform(post("/requests")
                        .with(signedIn.as("admin@fabrikam.example"))
                        .with(csrf())
                        .param("routeTo", "PROVIDER")
                        .param("category", "TECHNICAL")
                        .param("serviceId", "mail")
                        .param("problemClassification", "mail-flow")
                        .param("title", "Form A " + token)
                        .param("description", "Down")
                        .param("severity", "A")
                        .param("phone", "+1 212 555 0100")
                        .param("email", "admin@fabrikam.example")
                        .param("preferredMethod", "PHONE")
                        .param("language", "en"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains(
                        "id=\"form-errors\"",
                        "Impact on your business</a>:",
                        "Severity A needs the impact on your business",
                        "Contact name</a>:",
                        "Severity A needs a named contact",
                        "Availability around the clock</a>:",
                        "Severity A needs people who stay available around the clock")
                .doesNotContain("R-18");
        assertThat(stored()).isZero();
    }

    @Test
    void anAdminFilesThroughTheFormAndFollowsTheRequestInMyRequests() throws Exception {
        var result = mvc.perform(post("/requests")
                        .with(signedIn.as("admin@fabrikam.example"))
                        .with(csrf())
                        .param("routeTo", "PARTNER")
                        .param("category", "TECHNICAL")
                        .param("serviceId", "mail")
                        .param("problemClassification", "mail-flow")
                        .param("title", "Form " + token)
                        .param("description", "Down")
                        .param("severity", "B")
                        .param("phone", "+1 212 555 0100")
                        .param("email", "admin@fabrikam.example")
                        .param("preferredMethod", "EMAIL")
                        .param("language", "en"))
                .andReturn();

        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/requests/").endsWith("?filed");
        var detail = html(get(location.replace("?filed", "")), "admin@fabrikam.example");
        assertThat(detail)
                .contains(
                        "Form " + token,
                        "id=\"first-response-due\"",
                        "America/New_York",
                        "Partner Litware",
                        "id=\"message-form\"",
                        "id=\"resolve\"",
                        "id=\"sla-clocks\"");
        var due = detail.replaceFirst("(?s).*First response due by ([^<]+)</p>.*", "$1");
        assertThat(due).endsWith("(America/New_York)");
        assertThat(html(get("/requests"), "admin@fabrikam.example")).contains("Form " + token, ">" + due + "</td>");
        assertThat(html(get("/workspace/queue"), "partner@litware.example")).contains("Form " + token);
    }

    @Test
    void r18_theFormNamesTheSignedInAdminAsTheContactAndAgentsSeeTheName() throws Exception {
        var form = html(get("/requests/new?route=PROVIDER"), "admin@fabrikam.example");
        var body = NewRequests.critical("Named page " + token);
        NewRequests.contactOf(body).put("name", "Frank Miller " + token);
        var id = RequestApi.as(port, "admin@fabrikam.example")
                .file(body)
                .get("id")
                .asString();

        assertThat(form).contains("id=\"contactName\"", "value=\"Frank Miller\"");
        assertThat(html(get("/workspace/requests/" + id), "agent@helpline.example"))
                .contains("id=\"contact-name\"", "Contact person", "Frank Miller " + token);
    }

    @Test
    void r18_agentsSeeTheBusinessImpactTheAdminStated() throws Exception {
        var body = NewRequests.critical("Impact page " + token);
        body.put("businessImpact", "Our call centre of 80 people cannot log in " + token);
        var id = RequestApi.as(port, "admin@fabrikam.example")
                .file(body)
                .get("id")
                .asString();

        assertThat(html(get("/workspace/requests/" + id), "agent@helpline.example"))
                .contains(
                        "id=\"business-impact\"",
                        "Impact on the business",
                        "Our call centre of 80 people cannot log in " + token);
    }

    @Test
    void agentsWorkARequestFromTheirPagesAndCustomersNeverSeeInternalNotes() throws Exception {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Pages " + token))
                .get("id")
                .asString();
        var queue = html(get("/workspace/queue"), "agent@helpline.example");
        assertThat(queue).contains("Pages " + token, "id=\"queue\"");

        mvc.perform(post("/workspace/requests/" + id + "/reply")
                .with(signedIn.as("agent@helpline.example"))
                .with(csrf())
                .param("body", "Secret note " + token)
                .param("internal", "true")
                .param("version", "0"));
        mvc.perform(post("/workspace/requests/" + id + "/reply")
                .with(signedIn.as("agent@helpline.example"))
                .with(csrf())
                .param("body", "Public answer " + token)
                .param("version", "1"));

        var agentView = html(get("/workspace/requests/" + id), "agent@helpline.example");
        assertThat(agentView)
                .contains(
                        "Secret note " + token,
                        "Public answer " + token,
                        "id=\"sla-timeline\"",
                        "id=\"severity-form\"",
                        "id=\"first-response-met\"");
        var customerView = html(get("/requests/" + id), "admin@contoso.example");
        assertThat(customerView)
                .contains("Public answer " + token, "id=\"first-response-met\"")
                .doesNotContain("Secret note " + token);
    }

    @Test
    void pagesOfAnotherTenantsRequestAreNotFound() throws Exception {
        var id = RequestApi.as(port, "admin@fabrikam.example")
                .file(NewRequests.critical("Hidden " + token))
                .get("id")
                .asString();

        assertThat(status(get("/requests/" + id), "admin@contoso.example")).isEqualTo(404);
        assertThat(status(get("/workspace/requests/" + id), "agent@operator.example"))
                .isEqualTo(404);
        assertThat(status(get("/workspace/requests/" + id), "partner@litware.example"))
                .isEqualTo(404);
    }

    @Test
    void thePagesSpeakPolishAndChinese() throws Exception {
        var polish = mvc.perform(get("/requests/new")
                        .with(signedIn.as("admin@contoso.example"))
                        .header("Accept-Language", "pl"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(polish).contains("Nowe zgłoszenie serwisowe", "Skontaktujcie się ze mną");
        var chinese = mvc.perform(get("/requests/new?route=PROVIDER")
                        .with(signedIn.as("admin@fabrikam.example"))
                        .header("Accept-Language", "zh-CN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(chinese).contains("新建服务请求", "联系我");
    }

    private String html(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String login)
            throws Exception {
        var response = mvc.perform(request.with(signedIn.as(login))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String login)
            throws Exception {
        return mvc.perform(request.with(signedIn.as(login)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long stored() {
        return jdbc.sql("select count(*) from service_request where title like :token")
                .param("token", "%" + token + "%")
                .query(Long.class)
                .single();
    }
}
