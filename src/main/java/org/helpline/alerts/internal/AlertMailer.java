package org.helpline.alerts.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.helpline.alerts.internal.AlertFacts.Recipient;
import org.helpline.notify.Outbox;
import org.helpline.notify.OutgoingMessage;
import org.helpline.platform.PublicUrl;
import org.springframework.stereotype.Component;

/** Writes an alert's e-mail into the outbox, in the recipient's language and time zone, linking the agent view. */
@Component
class AlertMailer {

    static final String TEMPLATE = "alerts/mail";

    private final Outbox outbox;
    private final PublicUrl publicUrl;

    AlertMailer(Outbox outbox, PublicUrl publicUrl) {
        this.outbox = outbox;
        this.publicUrl = publicUrl;
    }

    void send(Recipient to, Alert alert) {
        var locale = locale(to.language());
        var zone = zone(to.zone());
        var values = new LinkedHashMap<String, String>();
        values.put("kind", alert.kind().name());
        values.put("clock", alert.clock().name());
        values.put("number", alert.requestNumber());
        values.put("title", alert.requestTitle());
        values.put("due", format(alert.due(), locale, zone));
        values.put("link", publicUrl.link("/workspace/requests/" + alert.requestId()));
        values.put(OutgoingMessage.subjectArgument(0), alert.requestNumber());
        outbox.enqueueEmail(
                to.login(), locale, "alerts.mail.subject." + alert.kind().name(), TEMPLATE, values);
    }

    static Locale locale(String tag) {
        var language = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (language.startsWith("pl")) {
            return Locale.forLanguageTag("pl");
        }
        return language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static String format(Instant at, Locale locale, ZoneId zone) {
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        return formatter.format(at) + " (" + zone.getId() + ")";
    }
}
