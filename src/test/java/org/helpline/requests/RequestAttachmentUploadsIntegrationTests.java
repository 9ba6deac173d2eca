package org.helpline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Files from the API: uploaded ahead of a message or sent with it, typed from their content, served
 * as downloads only, with the request's own access rules; limits refuse with 413 and keep nothing;
 * a retried filing keeps its files once; unused uploads are removed.
 */
@HelplineIntegrationTest
class RequestAttachmentUploadsIntegrationTests {

    private static final String ADMIN = "admin@contoso.example";
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
    RequestManagement requests;

    private final String token = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anUploadIsTypedByItsContentGoesWithTheMessageThatNamesItAndDownloadsAsAFile() throws Exception {
        var id = fileRequest("Upload");
        var page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>";
        var upload = Multipart.create()
                .file("report.pdf", "application/pdf", page.getBytes(StandardCharsets.UTF_8))
                .post(port, ADMIN, "/api/v1/requests/" + id + "/attachments");
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        var file = upload.json().get(0);
        assertThat(file.get("name").asString()).isEqualTo("report.pdf");
        assertThat(file.get("contentType").asString()).isEqualTo("text/html");
        assertThat(file.get("size").asLong()).isEqualTo(page.length());
        var url = "/requests/" + id + "/attachments/" + file.get("id").asString();
        assertThat(status(url, AGENT)).as("pending: the uploader's only").isEqualTo(404);

        var sent = RequestApi.as(port, ADMIN)
                .post(
                        "/api/v1/requests/" + id + "/messages",
                        Map.of(
                                "body",
                                "See the report " + token,
                                "attachmentIds",
                                List.of(file.get("id")),
                                "version",
                                version(id)));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        var message = RequestApi.as(port, ADMIN).read(id).get("messages").get(0);
        assertThat(message.get("attachments").get(0).get("id").asString())
                .isEqualTo(file.get("id").asString());
        var download = download(url, AGENT);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/octet-stream");
        assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeader("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment;");
        assertThat(download.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(page);

        var again = RequestApi.as(port, ADMIN)
                .post(
                        "/api/v1/requests/" + id + "/messages",
                        Map.of(
                                "body",
                                "Once more " + token,
                                "attachmentIds",
                                List.of(file.get("id")),
                                "version",
                                version(id)));
        assertThat(again.status()).as("an id is used once").isEqualTo(400);
        assertThat(again.body()).contains("attachmentIds");
    }

    @Test
    void aFileOfAnInternalNoteIsTheAgentsAndOtherTenantsFindNoFileAtAll() throws Exception {
        var id = fileRequest("Note");
        var note = Multipart.create()
                .json("message", Map.of("body", "Internal trace " + token, "internal", true, "version", version(id)))
                .file("trace.log", "text/plain", "secret trace".getBytes(StandardCharsets.UTF_8))
                .post(port, AGENT, "/api/v1/requests/" + id + "/messages");
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        var thread = RequestApi.as(port, AGENT).read(id).get("messages");
        var url = "/requests/" + id + "/attachments/"
                + thread.get(0).get("attachments").get(0).get("id").asString();

        assertThat(status(url, AGENT)).isEqualTo(200);
        assertThat(status(url, ADMIN)).isEqualTo(404);
        assertThat(RequestApi.as(port, ADMIN).read(id).get("messages").toString())
                .doesNotContain("trace.log");
        assertThat(status(url, "admin@fabrikam.example")).isEqualTo(404);
        assertThat(RequestApi.as(port, "admin@fabrikam.example")
                        .get("/api/v1" + url)
                        .status())
                .isEqualTo(404);
        var foreign = Multipart.create()
                .file("x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))
                .post(port, "admin@fabrikam.example", "/api/v1/requests/" + id + "/attachments");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    void aFileOverALimitRefusesTheWholeMessageWith413AndKeepsNothing() {
        var id = fileRequest("Limits");
        var tooMany = Multipart.create();
        for (int i = 0; i < 11; i++) {
            tooMany.file("f" + i + ".txt", "text/plain", ("file " + i).getBytes(StandardCharsets.UTF_8));
        }
        var many = tooMany.post(port, ADMIN, "/api/v1/requests/" + id + "/attachments");
        assertThat(many.status()).as(many.body()).isEqualTo(413);
        assertThat(many.json().get("type").asString()).endsWith("/attachment-limit");
        assertThat(many.json().get("limit").asString()).isEqualTo("max-files-per-message");
        assertThat(many.json().get("value").asString()).isEqualTo("10");

        var large = Multipart.create()
                .json("message", Map.of("body", "Two files " + token, "version", version(id)))
                .file("small.txt", "text/plain", "small".getBytes(StandardCharsets.UTF_8))
                .file("large.bin", "application/octet-stream", new byte[25 * 1024 * 1024 + 1])
                .post(port, ADMIN, "/api/v1/requests/" + id + "/messages");
        assertThat(large.status()).as(large.body()).isEqualTo(413);
        assertThat(large.json().get("limit").asString()).isEqualTo("max-file-size");
        assertThat(large.json().get("value").asString()).isEqualTo("25MB");

        assertThat(rows(id)).isZero();
        assertThat(jdbc.sql("select count(*) from request_attachment_chunk c where not exists"
                                + " (select 1 from request_attachment a where a.id = c.attachment_id)")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(RequestApi.as(port, ADMIN).read(id).get("messages").size()).isZero();
    }

    @Test
    void aRetriedFilingWithFilesKeepsItsFilesOnceAndPicturesGetAThumbnail() throws Exception {
        var key = "files-" + token;
        var first = filing("First").post(port, ADMIN, "/api/v1/requests", Map.of("Idempotency-Key", key));
        var retry = filing("First").post(port, ADMIN, "/api/v1/requests", Map.of("Idempotency-Key", key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        var id = first.json().get("id").asString();
        assertThat(retry.json().get("id").asString()).isEqualTo(id);
        assertThat(rows(id)).isEqualTo(2);

        JsonNode files = RequestApi.as(port, ADMIN).read(id).get("files");
        assertThat(files.size()).isEqualTo(2);
        var picture = files.get(1);
        assertThat(picture.get("contentType").asString()).isEqualTo("image/png");
        assertThat(picture.get("thumbnail").asBoolean()).isTrue();
        var thumbnailUrl =
                "/requests/" + id + "/attachments/" + picture.get("id").asString() + "/thumbnail";
        assertThat(page("/requests/" + id, ADMIN)).contains(thumbnailUrl);
        var thumbnail = download(thumbnailUrl, AGENT);
        assertThat(thumbnail.getContentType()).isEqualTo("image/png");
        var small = ImageIO.read(new ByteArrayInputStream(thumbnail.getContentAsByteArray()));
        assertThat(Math.max(small.getWidth(), small.getHeight())).isEqualTo(240);
    }

    @Test
    void theCustomersReplyFormTakesFilesWithoutAScriptAndSaysWhenTheyAreTooMany() throws Exception {
        var id = fileRequest("Reply form");
        var sent = mvc.perform(multipart("/requests/" + id + "/messages")
                        .file(new MockMultipartFile("file", "one.txt", "text/plain", "one".getBytes()))
                        .file(new MockMultipartFile("file", "two.txt", "text/plain", "two".getBytes()))
                        .param("body", "Two files from the form " + token)
                        .param("version", String.valueOf(version(id)))
                        .with(signedIn.as(ADMIN))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(page("/requests/" + id, AGENT)).contains("Two files from the form", "one.txt", "two.txt");

        var tooMany = multipart("/requests/" + id + "/messages");
        for (int i = 0; i < 11; i++) {
            tooMany.file(new MockMultipartFile("file", "f" + i + ".txt", "text/plain", "x".getBytes()));
        }
        var refused = mvc.perform(tooMany.param("body", "Eleven files")
                        .param("version", String.valueOf(version(id)))
                        .with(signedIn.as(ADMIN))
                        .with(csrf()))
                .andReturn();
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/requests/" + id);
        assertThat(refused.getFlashMap().get("actionError").toString()).contains("za duże albo jest ich za dużo");
        assertThat(rows(id)).isEqualTo(2);
    }

    @Test
    void uploadsNoMessageNamedWithinADayAreRemoved() {
        var id = fileRequest("Pending");
        var upload = Multipart.create()
                .file("later.txt", "text/plain", "later".getBytes(StandardCharsets.UTF_8))
                .post(port, ADMIN, "/api/v1/requests/" + id + "/attachments");
        var fileId = UUID.fromString(upload.json().get(0).get("id").asString());
        jdbc.sql("update request_attachment set created_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now().minus(25, ChronoUnit.HOURS)))
                .param("id", fileId)
                .update();

        requests.removeExpiredUploads(1000);

        assertThat(rows(id)).isZero();
        assertThat(jdbc.sql("select count(*) from request_attachment_chunk where attachment_id = :id")
                        .param("id", fileId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Multipart filing(String title) throws Exception {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(100, 100, 400, 300);
        g.dispose();
        var png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return Multipart.create()
                .json("request", NewRequests.technical(title + " " + token))
                .file("notes.txt", "text/plain", "notes".getBytes(StandardCharsets.UTF_8))
                .file("screen.dat", "application/octet-stream", png.toByteArray());
    }

    private String fileRequest(String title) {
        return RequestApi.as(port, ADMIN)
                .file(NewRequests.technical(title + " " + token))
                .get("id")
                .asString();
    }

    private long version(String id) {
        return RequestApi.as(port, ADMIN).version(id);
    }

    private long rows(String requestId) {
        return jdbc.sql("select count(*) from request_attachment where request_id = :id")
                .param("id", UUID.fromString(requestId))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse download(String path, String login) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(login))).andReturn().getResponse();
    }

    private int status(String path, String login) throws Exception {
        return download(path, login).getStatus();
    }

    private String page(String path, String login) throws Exception {
        return download(path, login).getContentAsString(StandardCharsets.UTF_8);
    }
}
