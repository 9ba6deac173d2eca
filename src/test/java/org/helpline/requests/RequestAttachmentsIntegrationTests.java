package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.shared.ProblemException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Files attached to a reply by e-mail: listed under the message on the customers' and agents'
 * pages and in the API, downloadable with the request's own access rules.
 */
@HelplineIntegrationTest
class RequestAttachmentsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MailReplies replies;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReplyByMailIsACustomerMessageWithDownloadableFilesThatOtherTenantsCannotReach() throws Exception {
        var filed = RequestApi.as(port, "admin@contoso.example").file(NewRequests.technical("Files " + token));
        var id = UUID.fromString(filed.get("id").asString());
        replies.add(new MailReply(
                id,
                "admin@contoso.example",
                "Katarzyna Nowak",
                "See *the* trace " + token,
                List.of(
                        new AttachmentFile("trace.txt", "text/plain", "trace ąę".getBytes(StandardCharsets.UTF_8)),
                        new AttachmentFile("page.html", "text/html", "<script>x</script>".getBytes()))));

        var read = RequestApi.as(port, "admin@contoso.example").read(id.toString());
        var message = read.get("messages").get(0);
        assertThat(message.get("authorSide").asString()).isEqualTo("CUSTOMER");
        assertThat(message.get("authorName").asString()).isEqualTo("Katarzyna Nowak");
        assertThat(message.get("bodyHtml").asString()).contains("<em>the</em> trace " + token);
        var trace = message.get("attachments").get(0);
        assertThat(trace.get("fileName").asString()).isEqualTo("trace.txt");
        assertThat(trace.get("size").asLong()).isEqualTo(10);
        var traceUrl = "/requests/" + id + "/attachments/" + trace.get("id").asString();
        var htmlUrl = "/requests/" + id + "/attachments/"
                + message.get("attachments").get(1).get("id").asString();

        var customerPage = page("/requests/" + id, "admin@contoso.example");
        assertThat(customerPage).contains(traceUrl, "trace.txt", "page.html");
        assertThat(page("/workspace/requests/" + id, "agent@helpline.example")).contains(traceUrl);
        assertThat(read.get("history").toString()).contains("by e-mail from admin@contoso.example");

        var download = mvc.perform(get(traceUrl).with(signedIn.as("admin@contoso.example")))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("trace ąę");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        var html = mvc.perform(get(htmlUrl).with(signedIn.as("agent@helpline.example")))
                .andReturn()
                .getResponse();
        assertThat(html.getContentType()).isEqualTo("application/octet-stream");

        assertThat(status(traceUrl, "admin@fabrikam.example")).isEqualTo(404);
        assertThat(status(traceUrl, "agent@operator.example")).isEqualTo(404);
        assertThat(status("/requests/" + id + "/attachments/" + UUID.randomUUID(), "admin@contoso.example"))
                .isEqualTo(404);
        assertThat(RequestApi.as(port, "admin@fabrikam.example")
                        .get("/api/v1" + traceUrl)
                        .status())
                .isEqualTo(404);
        assertThat(RequestApi.as(port, "admin@contoso.example")
                        .get("/api/v1" + traceUrl)
                        .body())
                .isEqualTo("trace ąę");
    }

    @Test
    void aReplyToAClosedRequestIsRefused() {
        var filed = RequestApi.as(port, "admin@contoso.example").file(NewRequests.technical("Closed " + token));
        var id = filed.get("id").asString();
        var closed = RequestApi.as(port, "agent@helpline.example")
                .post(
                        "/api/v1/requests/" + id + "/status",
                        java.util.Map.of(
                                "status",
                                "CLOSED",
                                "version",
                                filed.get("version").asLong()));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);

        var reply = new MailReply(UUID.fromString(id), "admin@contoso.example", null, "late", List.of());
        try {
            replies.add(reply);
            throw new AssertionError("a reply to a closed request was added");
        } catch (ProblemException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private String page(String path, String login) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(login)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path, String login) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(login)))
                .andReturn()
                .getResponse()
                .getStatus();
    }
}
