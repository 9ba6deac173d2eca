package org.helpline.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.notify.DeliveryFailedException;
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
 * that says so instead of the application failing.
 */
@Component
class EmailSender {

    static final String NO_SERVER = "no SMTP server configured (set spring.mail.host)";

    private final ObjectProvider<JavaMailSender> senders;
    private final NotifyProperties properties;

    EmailSender(ObjectProvider<JavaMailSender> senders, NotifyProperties properties) {
        this.senders = senders;
        this.properties = properties;
    }

    /** A rendered e-mail; {@code replyTo} is null when replies go to the sender. */
    public record Email(String to, String subject, String html, String replyTo) {

        public Email(String to, String subject, String html) {
            this(to, subject, html, null);
        }
    }

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
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(email.to());
        if (email.replyTo() != null && !email.replyTo().isBlank()) {
            helper.setReplyTo(email.replyTo());
        }
        helper.setSubject(email.subject());
        helper.setText(email.html(), true);
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
