package org.helpline.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import java.util.UUID;
import org.helpline.mail.DeliveryReports;
import org.junit.jupiter.api.Test;

class DeliveryReportTests {

    private final String id = UUID.randomUUID().toString();

    @Test
    void aFailureTellsItsOutboxMessageByTheReturnedHeadersAndSaysWhy() throws Exception {
        var report = DeliveryReport.of(parsed(
                        DeliveryReports.report("failed", DeliveryReports.sentHeaders(id, "x@contoso.example"), false)))
                .orElseThrow();

        assertThat(report.outboxId()).hasToString(id);
        assertThat(report.failed()).isTrue();
        assertThat(report.reason()).isEqualTo("bounced: 5.1.1 smtp; 550 no such user");
    }

    @Test
    void aReturnedWholeMessageIsToldByItsMessageIdAlone() throws Exception {
        var headers = "Message-ID: <" + id + ".outbox@helpline.example>\nSubject: Code\n\nThe code is hidden.\n";

        var report = DeliveryReport.of(parsed(DeliveryReports.report("failed", headers, true)))
                .orElseThrow();

        assertThat(report.outboxId()).hasToString(id);
        assertThat(report.failed()).isTrue();
    }

    @Test
    void aDelayIsNoFailureAndAReportAboutAnotherSendersMailNamesNoMessage() throws Exception {
        var delayed = DeliveryReport.of(parsed(
                        DeliveryReports.report("delayed", DeliveryReports.sentHeaders(id, "x@contoso.example"), false)))
                .orElseThrow();
        var foreign = DeliveryReport.of(parsed(
                        DeliveryReports.report("failed", "Message-ID: <20261207.abc@mail.fabrikam.example>\n", true)))
                .orElseThrow();

        assertThat(delayed.failed()).isFalse();
        assertThat(delayed.outboxId()).hasToString(id);
        assertThat(foreign.outboxId()).isNull();
        assertThat(foreign.failed()).isTrue();
    }

    @Test
    void anOrdinaryEMailIsNoReport() throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setText("Re: your request");
        message.saveChanges();

        assertThat(DeliveryReport.of(parsed(message))).isEmpty();
    }

    /** The e-mail as a server stores it: written out and read back. */
    private static MimeMessage parsed(MimeMessage message) throws Exception {
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes.toByteArray()));
    }
}
