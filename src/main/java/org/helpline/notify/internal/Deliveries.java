package org.helpline.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.helpline.notify.DeliveryChannel;
import org.helpline.notify.DeliveryFailedException;
import org.helpline.notify.OutgoingMessage;
import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;
import org.springframework.stereotype.Component;

/**
 * Renders claimed messages in the recipient's language and hands them to SMTP or the text gateway.
 * Without an SMTP server e-mails fail at once, unrendered.
 */
@Component
class Deliveries {

    private final MessageRenderer renderer;
    private final EmailSender email;
    private final TextMessageGateway texts;
    private final PayloadCipher cipher;
    private final Clock clock;

    Deliveries(
            MessageRenderer renderer, EmailSender email, TextMessageGateway texts, PayloadCipher cipher, Clock clock) {
        this.renderer = renderer;
        this.email = email;
        this.texts = texts;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What happened to one message; {@code attempted} is false when it was given up without trying. */
    record Outcome(boolean delivered, boolean permanent, boolean attempted, String reason) {

        static final Outcome DELIVERED = new Outcome(true, false, true, null);

        static Outcome failed(DeliveryFailedException e) {
            return new Outcome(false, e.permanent(), true, e.getMessage());
        }
    }

    Map<UUID, Outcome> deliver(List<OutboxRow> rows) {
        var outcomes = new HashMap<UUID, Outcome>();
        var emails = new ArrayList<EmailSender.Email>();
        var emailIds = new ArrayList<UUID>();
        var now = clock.instant();
        var smtp = email.available();
        for (var row : rows) {
            if (row.notAfter() != null && now.isAfter(row.notAfter())) {
                outcomes.put(row.id(), new Outcome(false, true, false, "expired before delivery"));
                continue;
            }
            if (row.channel() == DeliveryChannel.EMAIL && !smtp) {
                outcomes.put(row.id(), Outcome.failed(new DeliveryFailedException(EmailSender.NO_SERVER, true)));
                continue;
            }
            try {
                var values = values(row);
                var locale = Locale.forLanguageTag(row.locale());
                if (row.channel() == DeliveryChannel.EMAIL) {
                    emails.add(new EmailSender.Email(
                            row.id(),
                            row.recipient(),
                            renderer.subject(row.subjectKey(), locale, values),
                            renderer.email(row.template(), locale, values),
                            values.get(OutgoingMessage.REPLY_TO)));
                    emailIds.add(row.id());
                } else {
                    var body = renderer.text(row.template(), locale, values);
                    texts.send(new TextMessage(
                            row.recipient(), body, List.copyOf(secrets(row).values())));
                    outcomes.put(row.id(), Outcome.DELIVERED);
                }
            } catch (DeliveryFailedException e) {
                outcomes.put(row.id(), Outcome.failed(e));
            } catch (RuntimeException e) {
                outcomes.put(row.id(), new Outcome(false, true, true, "cannot render: " + e.getMessage()));
            }
        }
        var failures = email.send(emails);
        for (int i = 0; i < emailIds.size(); i++) {
            var failure = failures.get(i);
            outcomes.put(emailIds.get(i), failure == null ? Outcome.DELIVERED : Outcome.failed(failure));
        }
        return outcomes;
    }

    private Map<String, String> values(OutboxRow row) {
        var values = new HashMap<>(Payloads.read(row.payload()));
        values.putAll(secrets(row));
        return values;
    }

    private Map<String, String> secrets(OutboxRow row) {
        return row.secretPayload() == null ? Map.of() : Payloads.read(cipher.decrypt(row.secretPayload()));
    }
}
