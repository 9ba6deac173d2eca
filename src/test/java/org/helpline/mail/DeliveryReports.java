package org.helpline.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.helpline.notify.MailServers;

/**
 * Delivery status notifications (RFC 3464) as a mail server sends them back: a human-readable
 * part, the machine-readable {@code message/delivery-status} part, and the returned e-mail's
 * headers ({@code text/rfc822-headers}) or the whole e-mail ({@code message/rfc822}).
 */
public final class DeliveryReports {

    private DeliveryReports() {}

    /** The headers of an e-mail Helpline sent as outbox message {@code id}, both ways of telling it. */
    public static String sentHeaders(String id, String to) {
        return """
                From: Helpline <no-reply@helpline.example>
                To: %2$s
                Subject: Your Helpline verification code
                Message-ID: <%1$s.outbox@helpline.example>
                X-Helpline-Outbox-Id: %1$s
                """.formatted(id, to);
    }

    /**
     * A report whose only recipient block has {@code action}, with a 5.1.1 "no such user"
     * diagnostic, returning {@code returned}: the returned e-mail's headers, or when
     * {@code wholeMessage} the whole e-mail, headers and body.
     */
    public static MimeMessage report(String action, String returned, boolean wholeMessage) throws MessagingException {
        var fields = """
                Reporting-MTA: dns; mx.contoso.example
                Arrival-Date: Mon, 7 Dec 2026 14:02:00 +0000

                Final-Recipient: rfc822; nobody@contoso.example
                Action: %s
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 no such user
                """.formatted(action).replace("\n", "\r\n");
        var multipart = new MimeMultipart("report") {
            {
                contentType = contentType + "; report-type=delivery-status";
            }
        };
        var human = new MimeBodyPart();
        human.setText("Your message could not be delivered to nobody@contoso.example.", "UTF-8");
        multipart.addBodyPart(human);
        multipart.addBodyPart(part(fields, "message/delivery-status"));
        var text = returned.replaceAll("\r?\n", "\r\n");
        multipart.addBodyPart(part(text, wholeMessage ? "message/rfc822" : "text/rfc822-headers"));
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("MAILER-DAEMON@mx.contoso.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MailServers.SUPPORT));
        message.setSubject("Undelivered Mail Returned to Sender");
        message.setHeader("Auto-Submitted", "auto-replied");
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String text, String type) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.UTF_8), type)));
        part.setHeader("Content-Type", type);
        return part;
    }
}
