package org.helpline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.MailApplication;
import org.helpline.notify.MailServers;
import org.helpline.shared.HelplineUser;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Request e-mails end to end: the API changes a request, the mails are read back from GreenMail. */
class RequestMailIntegrationTests {

    private static final String AGENT = "agent@helpline.example";

    @Test
    void aFiledRequestIsMailedInPolishToItsContactAndToTheTenantsAdmins() throws Exception {
        var contact = "kontakt-" + UUID.randomUUID() + "@contoso.example";
        var request = RequestMails.file("admin@contoso.example", contact, "pl", "Poczta stoi " + UUID.randomUUID());
        var number = request.get("number").asString();

        var mail = RequestMails.await(contact, "Zgłoszenie Helpline zostało przyjęte", number);
        // the server listens on a random port, which links take when helpline.public-url is not set
        var link = "http://localhost:" + MailApplication.port() + "/requests/"
                + request.get("id").asString();

        assertThat(RequestMails.body(mail))
                .contains(
                        "Przyjęliśmy zgłoszenie " + number, "Priorytet: B", "Pierwsza odpowiedź do", "href=\"" + link);
        assertThat(MailServers.text(mail))
                .contains("Przyjęliśmy zgłoszenie " + number, "<" + link + ">")
                .as("replies are read, so the footer does not ask for none")
                .doesNotContain("nie odpowiadać");
        var admin = RequestMails.await("billing@contoso.example", "Zgłoszenie Helpline zostało przyjęte", number);
        assertThat(RequestMails.body(admin)).contains("Pierwsza odpowiedź do");
    }

    @Test
    void eachStepOfARequestIsMailedInEnglishWithItsTextAndReason() throws Exception {
        var contact = "contact-" + UUID.randomUUID() + "@fabrikam.example";
        var request = RequestMails.file("admin@fabrikam.example", contact, "en", "Mail stuck " + UUID.randomUUID());
        var number = request.get("number").asString();
        var path = "/api/v1/requests/" + request.get("id").asString();
        RequestMails.await(contact, "Your Helpline request was filed", number);

        var version = RequestMails.post(
                        AGENT,
                        path + "/messages",
                        Map.of(
                                "body",
                                "Please restart the connector.",
                                "version",
                                request.get("version").asLong()))
                .get("version")
                .asLong();
        var answered = RequestMails.await(contact, "Helpline support answered your request", number);
        assertThat(RequestMails.body(answered)).contains("The agent wrote:", "Please restart the connector.");

        version = RequestMails.post(
                        AGENT,
                        path + "/status",
                        Map.of("status", "AWAITING_CUSTOMER", "reason", "which mailbox?", "version", version))
                .get("version")
                .asLong();
        assertThat(RequestMails.body(
                        RequestMails.await(contact, "Helpline support needs information from you", number)))
                .contains("which mailbox?");

        version = RequestMails.post(
                        AGENT,
                        path + "/severity",
                        Map.of("severity", "C", "reason", "no answer for days", "version", version))
                .get("version")
                .asLong();
        assertThat(RequestMails.body(
                        RequestMails.await(contact, "The severity of your Helpline request changed", number)))
                .contains("Severity changed from B (high) to C (non-critical).", "no answer for days");

        version = RequestMails.post(
                        AGENT,
                        path + "/status",
                        Map.of("status", "RESOLVED", "reason", "connector restarted", "version", version))
                .get("version")
                .asLong();
        RequestMails.await(contact, "Your Helpline request was resolved", number);
        RequestMails.post(AGENT, path + "/status", Map.of("status", "CLOSED", "version", version));
        RequestMails.await(contact, "Your Helpline request was closed", number);
        RequestMails.await("admin@fabrikam.example", "Your Helpline request was closed", number);
    }

    @Test
    void anAdminWhoTurnedAKindOffDoesNotGetItButTheContactDoes() throws Exception {
        var preferences = MailApplication.bean(MailPreferences.class);
        var admin = (HelplineUser)
                MailApplication.bean(UserDetailsService.class).loadUserByUsername("billing@contoso.example");
        preferences.choose(admin, EnumSet.complementOf(EnumSet.of(RequestMailKind.FILED)));
        try {
            assertThat(preferences.of(admin))
                    .containsEntry(RequestMailKind.FILED, false)
                    .containsEntry(RequestMailKind.CLOSED, true);
            var contact = "opt-out-" + UUID.randomUUID() + "@contoso.example";
            var request = RequestMails.file("admin@contoso.example", contact, "en", "Opt out " + UUID.randomUUID());
            var number = request.get("number").asString();

            RequestMails.await(contact, "Your Helpline request was filed", number);
            RequestMails.await("admin@contoso.example", "Zgłoszenie Helpline zostało przyjęte", number);
            assertThat(MailApplication.bean(JdbcClient.class)
                            .sql("""
                                    select count(*) from notify_message
                                    where recipient = 'billing@contoso.example' and payload like :number
                                    """)
                            .param("number", "%" + number + "%")
                            .query(Long.class)
                            .single())
                    .as("the filing mails are written with the request, in its transaction")
                    .isZero();
            assertThat(RequestMails.find("billing@contoso.example", "Zgłoszenie Helpline zostało przyjęte", number))
                    .isEmpty();
        } finally {
            preferences.choose(admin, EnumSet.allOf(RequestMailKind.class));
        }
    }
}
