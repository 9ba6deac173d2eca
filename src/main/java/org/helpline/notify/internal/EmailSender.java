package org.helpline.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.DeliveryFailedException;
import org.helpline.platform.PlainText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends rendered e-mails through Spring's {@link JavaMailSender} (configured by the standard
 * {@code spring.mail.*} settings), a whole batch over one SMTP connection. Without
 * {@code spring.mail.host} there is no sender, and every e-mail fails permanently with a reason
 * that says so instead of the application failing. Each e-mail has a plain-text part beside its
 * HTML, and a Message-ID made of its outbox message's id, so that a bounce can be traced back.
 */
@Component
class EmailSender {

    static final String NO_SERVER = "no mail server configured";

    /** The header that names an e-mail's outbox message, as bounces quote it. */
    public static final String OUTBOX_ID_HEADER = "X-Helpline-Outbox-Id";

    private final ObjectProvider<JavaMailSender> senders;
    private final NotifyProperties properties;
    private final String senderDomain;

    EmailSender(ObjectProvider<JavaMailSender> senders, NotifyProperties properties) {
        this.senders = senders;
        this.properties = properties;
        this.senderDomain = domainOf(properties.from());
    }

    private static String domainOf(String from) {
        try {
            var address = new InternetAddress(from).getAddress();
            return address.substring(address.indexOf('@') + 1);
        } catch (AddressException e) {
            throw new IllegalStateException("helpline.notify.from is not an e-mail address: " + from, e);
        }
    }

    /** A rendered e-mail, {@code id} its outbox message's; {@code replyTo} is null when replies go to the sender. */
    public record Email(UUID id, String to, String subject, String html, String replyTo) {}

    /** Whether an SMTP server is configured; without one every e-mail fails with {@link #NO_SERVER}. */
    public boolean available() {
        return senders.getIfAvailable() != null;
    }

    /** Sends the e-mails; the answer holds the failure of each one that was not accepted, by index. */
    public Map<Integer, DeliveryFailedException> send(List<Email> emails) {
        var failures = new HashMap<Integer, DeliveryFailedException>();
        var sender = senders.getIfAvailable();
        if (sender == null) {
            for (int i = 0; i < emails.size(); i++) {
                failures.put(i, new DeliveryFailedException(NO_SERVER, true));
            }
            return failures;
        }
        var prepared = new IdentityHashMap<MimeMessage, Integer>();
        for (int i = 0; i < emails.size(); i++) {
            try {
                prepared.put(mime(sender, emails.get(i)), i);
            } catch (MessagingException | IllegalArgumentException e) {
                failures.put(i, new DeliveryFailedException("cannot build the message: " + e.getMessage(), true, e));
            }
        }
        if (!prepared.isEmpty()) {
            sendAll(sender, prepared, failures);
        }
        return failures;
    }

    private void sendAll(
            JavaMailSender sender,
            IdentityHashMap<MimeMessage, Integer> prepared,
            Map<Integer, DeliveryFailedException> failures) {
        try {
            sender.send(prepared.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            if (e.getFailedMessages().isEmpty()) {
                prepared.values().forEach(index -> failures.put(index, transientFailure(e)));
            }
            e.getFailedMessages().forEach((message, cause) -> {
                var index = prepared.get(message);
                if (index != null) {
                    failures.put(index, classify(cause));
                }
            });
        } catch (MailException e) {
            prepared.values().forEach(index -> failures.put(index, transientFailure(e)));
        }
    }

    private MimeMessage mime(JavaMailSender sender, Email email) throws MessagingException {
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(email.to());
        if (email.replyTo() != null && !email.replyTo().isBlank()) {
            helper.setReplyTo(email.replyTo());
        }
        helper.setSubject(email.subject());
        helper.setText(PlainText.of(email.html()), email.html());
        // JavaMailSender keeps a Message-ID that is set; a bounce quotes it, which ties it to its message
        message.setHeader("Message-ID", "<" + email.id() + ".outbox@" + senderDomain + ">");
        message.setHeader(OUTBOX_ID_HEADER, email.id().toString());
        return message;
    }

    private static DeliveryFailedException classify(Exception cause) {
        if (cause instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0) {
            return new DeliveryFailedException(
                    "the SMTP server refused the address: " + cause.getMessage(), true, cause);
        }
        return transientFailure(cause);
    }

    private static DeliveryFailedException transientFailure(Exception cause) {
        return new DeliveryFailedException("SMTP: " + cause.getMessage(), false, cause);
    }
}
