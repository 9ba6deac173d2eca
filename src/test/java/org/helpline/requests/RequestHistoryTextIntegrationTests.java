package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The history of a request as its customer reads it, in each language: what was stored as the value
 * after a change is what the sentence names, and no entry says "null".
 */
@HelplineIntegrationTest
class RequestHistoryTextIntegrationTests {

    private static final Pattern ENTRY = Pattern.compile("<li data-kind=\"([A-Z_]+)\">(.*?)</li>", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @ParameterizedTest
    @CsvSource({
        "en, Request filed with severity B, Assignment removed",
        "pl, Złożono zgłoszenie o ważności B, Usunięto przypisanie",
        "zh-CN, 已提交请求，严重级别 B, 已取消分配"
    })
    void theHistoryNamesTheSeverityFiledWithAndAnAssignmentToNobody(String language, String opened, String unassigned)
            throws Exception {
        var id = fileAndUnassign();

        var entries = history(id, language);

        assertThat(entries.get("OPENED")).contains(opened);
        assertThat(entries.get("ASSIGNED")).contains(unassigned);
        assertThat(entries.values()).noneSatisfy(text -> assertThat(text).containsIgnoringCase("null"));
    }

    @Test
    void theApiKeepsTheSeverityAsTheValueAfterOpening() {
        var api = RequestApi.as(port, "admin@contoso.example");
        var id = api.file(NewRequests.technical("History " + UUID.randomUUID()))
                .get("id")
                .asString();

        var opened = api.read(id).get("history").get(0);
        assertThat(opened.get("kind").asString()).isEqualTo("OPENED");
        assertThat(opened.get("to").asString()).isEqualTo("B");
        assertThat(opened.path("from").isNull() || opened.path("from").isMissingNode())
                .isTrue();
    }

    private String fileAndUnassign() {
        var id = RequestApi.as(port, "admin@contoso.example")
                .file(NewRequests.technical("History " + UUID.randomUUID()))
                .get("id")
                .asString();
        var agent = RequestApi.as(port, "agent@helpline.example");
        var body = new HashMap<String, Object>();
        body.put("assigneeId", null);
        body.put("version", agent.version(id));
        var unassigned = agent.post("/api/v1/requests/" + id + "/assign", body);
        assertThat(unassigned.status()).as(unassigned.body()).isEqualTo(200);
        return id;
    }

    /** Each entry's text by its kind, as the customer's page shows it in this language. */
    private Map<String, String> history(String id, String language) throws Exception {
        var response = mvc.perform(get("/requests/" + id)
                        .with(signedIn.as("admin@contoso.example"))
                        .header("Accept-Language", language))
                .andReturn()
                .getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        var page = response.getContentAsString();
        var list = page.substring(page.indexOf("<ol id=\"history\">"));
        var entries = new HashMap<String, String>();
        ENTRY.matcher(list.substring(0, list.indexOf("</ol>")))
                .results()
                .forEach(match -> entries.put(
                        match.group(1),
                        HtmlUtils.htmlUnescape(match.group(2).replaceAll("<[^>]+>", " "))
                                .replaceAll("\\s+", " ")));
        return entries;
    }
}
