package org.helpline.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.helpline.ApiClient;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import tools.jackson.databind.JsonNode;

/** Files and changes requests through the API of the mail test application and reads the mails back. */
final class RequestMails {

    private RequestMails() {}

    static ApiClient as(String login) {
        return ApiClient.as(MailApplication.port(), login);
    }

    static JsonNode file(String login, String contactEmail, String language, String title) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("phone", "+48 22 123 45 67");
        contact.put("email", contactEmail);
        contact.put("preferredMethod", "EMAIL");
        contact.put("language", language);
        contact.put("available24x7", false);
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", title);
        body.put("description", "Mail to external domains is delayed.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact);
        return ok(as(login).post("/api/v1/requests", ApiClient.json(body)), 201);
    }

    static JsonNode post(String login, String path, Map<String, Object> body) {
        return ok(as(login).post(path, ApiClient.json(body)), 200, 201);
    }

    /**
     * The mail to {@code address} whose subject is {@code subject} after its tag (the request
     * number, and the reply token) and whose body contains {@code text}, waiting up to 10 s for it.
     */
    static MimeMessage await(String address, String subject, String text) throws Exception {
        return Awaitility.await("e-mail '" + subject + "' to " + address + " about " + text)
                .atMost(Duration.ofSeconds(10))
                .until(() -> find(address, subject, text), Optional::isPresent)
                .orElseThrow();
    }

    static Optional<MimeMessage> find(String address, String subject, String text) throws Exception {
        for (var mail : MailServers.mailsTo(address)) {
            if (mail.getSubject().startsWith("[")
                    && mail.getSubject().endsWith("] " + subject)
                    && body(mail).contains(text)) {
                return Optional.of(mail);
            }
        }
        return Optional.empty();
    }

    static String body(MimeMessage mail) throws Exception {
        return MailServers.html(mail);
    }

    private static JsonNode ok(ApiClient.Response response, int... expected) {
        for (var status : expected) {
            if (response.status() == status) {
                return response.json();
            }
        }
        throw new AssertionError("got " + response.status() + ": " + response.body());
    }
}
