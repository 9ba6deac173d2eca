package org.helpline.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A message to put into the {@link Outbox}. {@code template} names a template under
 * {@code templates/} without its suffix ({@code .html} for e-mail, {@code .txt} for text
 * messages); {@code subjectKey} is the message key of an e-mail's subject. {@code values} are
 * the template's variables; {@code secrets} are variables too, but they are stored encrypted,
 * erased after delivery and masked wherever a message is logged. A message still undelivered
 * at {@code notAfter} is given up.
 *
 * <p>Two value names are read by the e-mail sender instead of the template:
 * {@value #SUBJECT_PREFIX} is put before the rendered subject (e.g. a request number), and
 * {@value #REPLY_TO} becomes the e-mail's Reply-To address. Values {@code subject.0},
 * {@code subject.1}, ... are the arguments of the subject's message, when there are any.
 */
public record OutgoingMessage(
        DeliveryChannel channel,
        String recipient,
        Locale locale,
        String template,
        String subjectKey,
        Map<String, String> values,
        Map<String, String> secrets,
        Instant notAfter) {

    /** The value that is put before an e-mail's subject. */
    public static final String SUBJECT_PREFIX = "header.subject-prefix";

    /** The value that becomes an e-mail's Reply-To address. */
    public static final String REPLY_TO = "header.reply-to";

    /** The name of the value that is argument {@code index} of the subject's message. */
    public static String subjectArgument(int index) {
        return "subject." + index;
    }

    public OutgoingMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(template, "template");
        if (channel == DeliveryChannel.EMAIL) {
            Objects.requireNonNull(subjectKey, "subjectKey");
        }
        values = Map.copyOf(values);
        secrets = Map.copyOf(secrets);
    }

    /** An e-mail to {@code to}, rendered from {@code templates/<template>.html}. */
    public static OutgoingMessage email(String to, Locale locale, String subjectKey, String template) {
        return new OutgoingMessage(DeliveryChannel.EMAIL, to, locale, template, subjectKey, Map.of(), Map.of(), null);
    }

    /** A text message to {@code toE164}, rendered from {@code templates/<template>.txt}. */
    public static OutgoingMessage text(String toE164, Locale locale, String template) {
        return new OutgoingMessage(DeliveryChannel.TEXT, toE164, locale, template, null, Map.of(), Map.of(), null);
    }

    public OutgoingMessage with(String name, String value) {
        var copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new OutgoingMessage(channel, recipient, locale, template, subjectKey, copy, secrets, notAfter);
    }

    public OutgoingMessage withSecret(String name, String value) {
        var copy = new LinkedHashMap<>(secrets);
        copy.put(name, value);
        return new OutgoingMessage(channel, recipient, locale, template, subjectKey, values, copy, notAfter);
    }

    public OutgoingMessage notAfter(Instant deadline) {
        return new OutgoingMessage(channel, recipient, locale, template, subjectKey, values, secrets, deadline);
    }
}
