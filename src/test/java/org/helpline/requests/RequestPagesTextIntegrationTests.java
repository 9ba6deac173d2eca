package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What a person reads on the request pages, in each language: labels rather than constants, dates
 * in words rather than ISO instants, no requirement ids, a label for every control, statuses in the
 * agent's or the customer's wording, and a refused form that names each field by its label.
 */
@HelplineIntegrationTest
class RequestPagesTextIntegrationTests {

    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b");

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private static final Pattern REQUIREMENT = Pattern.compile("\\bR-\\d+\\b");

    private static final Pattern CONTROL = Pattern.compile("<(select|textarea|input)\\b([^>]*)>");

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private static final Pattern NUMBER = Pattern.compile("id=\"open-([^\"]+)\"");

    private static final Pattern SEVERITY = Pattern.compile("<span class=\"badge text-bg-dark\">([ABC]) \\(");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @ParameterizedTest
    @ValueSource(strings = {"pl", "en", "zh-CN"})
    void everyRequestPageSpeaksInWordsAndLabelsEveryControl(String language) throws Exception {
        var pages = pages();

        for (var page : pages.entrySet()) {
            var html = html(get(page.getValue()), page.getKey().split(" ")[0], language);
            var text = visibleText(html);
            assertThat(CONSTANT.matcher(text).results().map(match -> match.group()))
                    .as(page.getKey() + " in " + language)
                    .isEmpty();
            assertThat(INSTANT.matcher(text).find())
                    .as(page.getKey() + ": " + text)
                    .isFalse();
            assertThat(REQUIREMENT.matcher(text).find())
                    .as(page.getKey() + ": " + text)
                    .isFalse();
            assertThat(text).as(page.getKey()).doesNotContain("??", "null");
            assertThat(unlabelled(main(html))).as(page.getKey()).isEmpty();
        }
    }

    @Test
    void theAgentSeesTheAgentsWordingTheCustomerTheirs() throws Exception {
        var id = filed("Wording");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var changed = agent.post(
                "/api/v1/requests/" + id + "/status",
                java.util.Map.of("status", "AWAITING_CUSTOMER", "version", agent.version(id)));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var agentPage = html(get("/workspace/requests/" + id), "agent@helpline.example", "en");
        var customerPage = html(get("/requests/" + id), "admin@contoso.example", "en");

        assertThat(agentPage)
                .contains("<label class=\"form-label\" for=\"status-select\">Status</label>")
                .contains("<label class=\"form-label\" for=\"severity-select\">Severity</label>")
                .contains("Waiting for the customer")
                .doesNotContain("Awaiting your answer");
        assertThat(customerPage).contains("Awaiting your answer").doesNotContain("Waiting for the customer");
    }

    @Test
    void theAgentsSidebarShowsTheRequesterAndTheTenant() throws Exception {
        var id = filed("Sidebar");
        var other = filed("Other");

        var page = html(get("/workspace/requests/" + id), "agent@helpline.example", "en");

        assertThat(page)
                .contains("id=\"requester-email\"", "admin@contoso.example", "id=\"requester-language\">English<")
                .contains("id=\"tenant-contract\"", "id=\"tenant-contacts\"", "id=\"tenant-recent-calls\"")
                .contains("/workspace/requests/" + other + "\"");
    }

    @Test
    void aRefusedFormNamesEachFieldByItsLabelInPolishAndFlagsTheBadPhoneInTheSamePass() throws Exception {
        var response = mvc.perform(post("/requests")
                        .with(signedIn.as("admin@contoso.example"))
                        .with(csrf())
                        .header("Accept-Language", "pl")
                        .param("routeTo", "PROVIDER")
                        .param("category", "TECHNICAL")
                        .param("serviceId", "mail")
                        .param("problemClassification", "mail-flow")
                        .param("title", " ")
                        .param("description", " ")
                        .param("phone", "12ab")
                        .param("email", "admin@contoso.example")
                        .param("preferredMethod", "EMAIL")
                        .param("language", "pl"))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        var text = visibleText(response.getContentAsString());

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text)
                .contains("Ważność: Wybierz jedną z dostępnych ważności.")
                .contains("Tytuł: Wpisz tytuł")
                .contains("Opis: Opisz problem")
                .contains("Telefon kontaktowy: Wpisz numer telefonu z numerem kierunkowym kraju")
                .doesNotContain("description:", "severity:", "nie może");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "en", "zh-CN"})
    void r18_aSeverityAFormWithoutAContactNameNamesTheFieldByItsLabelInEachLanguage(String language) throws Exception {
        var response = mvc.perform(post("/requests")
                        .with(signedIn.as("admin@fabrikam.example"))
                        .with(csrf())
                        .header("Accept-Language", language)
                        .param("routeTo", "PROVIDER")
                        .param("category", "TECHNICAL")
                        .param("serviceId", "mail")
                        .param("problemClassification", "mail-flow")
                        .param("title", "Unnamed " + token)
                        .param("description", "No mail reaches our users.")
                        .param("severity", "A")
                        .param("businessImpact", "Nobody at Fabrikam can e-mail customers.")
                        .param("contactName", " ")
                        .param("phone", "+1 212 555 0100")
                        .param("email", "admin@fabrikam.example")
                        .param("preferredMethod", "PHONE")
                        .param("language", "en")
                        .param("available24x7", "true"))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        var html = response.getContentAsString();
        var text = visibleText(html);
        var expected = switch (language) {
            case "pl" -> "Osoba kontaktowa: Ważność A wymaga wskazania osoby kontaktowej";
            case "zh-CN" -> "联系人姓名: 严重级别 A 需要指定联系人";
            default -> "Contact name: Severity A needs a named contact";
        };

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html).contains("id=\"contactName-error\"");
        assertThat(text).contains(expected).doesNotContain("contactName:", "contact.name", "R-18", "nie może");
    }

    @Test
    void theQueueSortsBySeverityAndByTheLatestChange() throws Exception {
        var earlier = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("Sort B " + token))
                .get("number")
                .asString();
        var critical = RequestApi.as(port, "admin@fabrikam.example")
                .file(NewRequests.critical("Sort A " + token))
                .get("number")
                .asString();

        var bySeverity = table(html(get("/workspace/queue").param("sort", "SEVERITY"), "agent@helpline.example", "en"));
        var byUpdate = table(html(get("/workspace/queue").param("sort", "UPDATED"), "agent@helpline.example", "en"));

        var severities = SEVERITY.matcher(bySeverity)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(severities).contains("A", "B").isSorted();
        var latestFirst =
                NUMBER.matcher(byUpdate).results().map(match -> match.group(1)).toList();
        assertThat(latestFirst).contains(critical, earlier);
        assertThat(latestFirst.indexOf(critical)).isLessThan(latestFirst.indexOf(earlier));
        assertThat(bySeverity).contains("aria-sort=\"ascending\"");
    }

    @Test
    void aSortThatIsNoSortIsRefusedWithoutAServerError() throws Exception {
        var status = mvc.perform(
                        get("/workspace/queue").param("sort", "TITLE").with(signedIn.as("agent@helpline.example")))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(status).isBetween(400, 499);
    }

    /** Each page by "login name" to its path. */
    private java.util.Map<String, String> pages() throws Exception {
        var id = filed("Text");
        var agent = RequestApi.as(port, "agent@helpline.example");
        var replied = agent.post(
                "/api/v1/requests/" + id + "/messages",
                java.util.Map.of("body", "On it", "version", agent.version(id)));
        assertThat(replied.status()).as(replied.body()).isBetween(200, 201);
        var pages = new HashMap<String, String>();
        pages.put("agent@helpline.example request", "/workspace/requests/" + id);
        pages.put("agent@helpline.example queue", "/workspace/queue");
        pages.put("supervisor@helpline.example attention", "/workspace/queue?attention=true");
        pages.put("admin@contoso.example list", "/requests");
        pages.put("admin@contoso.example detail", "/requests/" + id);
        pages.put("admin@contoso.example form", "/requests/new");
        return pages;
    }

    private String filed(String title) {
        return RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical(title + " " + token))
                .get("id")
                .asString();
    }

    private String html(MockHttpServletRequestBuilder request, String login, String language) throws Exception {
        var response = mvc.perform(request.with(signedIn.as(login)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** The text of the page's body as a reader sees it: no markup, no scripts. */
    static String visibleText(String html) {
        var body = html.replaceAll("(?s)<head>.*?</head>", " ")
                .replaceAll("(?s)<script\\b.*?</script>", " ")
                .replaceAll("(?i)</?(a|span|strong|em|i|b|small)\\b[^>]*>", "")
                .replaceAll("(?s)<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
    }

    /** The queue's table, without the cards that show the same requests on a phone. */
    private static String table(String html) {
        return html.substring(html.indexOf("id=\"queue\""));
    }

    private static String main(String html) {
        int start = html.indexOf("<main");
        return start < 0 ? html : html.substring(start, html.indexOf("</main>", start));
    }

    /** The ids of inputs, selects and text areas in {@code html} that no label names and have no aria-label. */
    private static List<String> unlabelled(String html) {
        var missing = new ArrayList<String>();
        var controls = CONTROL.matcher(html);
        while (controls.find()) {
            var attributes = controls.group(2);
            if (attributes.matches("(?s).*\\btype=\"(hidden|submit|button)\".*")
                    || attributes.contains("aria-label=")) {
                continue;
            }
            var id = ID.matcher(attributes);
            var name = id.find() ? id.group(1) : null;
            if (name == null || !html.contains("for=\"" + name + "\"")) {
                missing.add(controls.group());
            }
        }
        return missing;
    }
}
