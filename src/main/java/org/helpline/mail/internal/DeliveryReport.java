package org.helpline.mail.internal;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A delivery status notification (RFC 3464): an e-mail of type {@code multipart/report;
 * report-type=delivery-status} that a mail server sends back about one it could not deliver.
 * {@code outboxId} is the outbox message it is about, told by the returned headers (a
 * {@code text/rfc822-headers} or {@code message/rfc822} part): the {@code X-Helpline-Outbox-Id}
 * header, else the Message-ID {@code <uuid.outbox@domain>} Helpline gives each e-mail; null for a
 * report about an e-mail Helpline did not send. {@code failed} is true when a recipient's
 * {@code Action} is {@code failed}, and {@code reason} then says why, from its {@code Status} and
 * {@code Diagnostic-Code}.
 */
record DeliveryReport(UUID outboxId, boolean failed, String reason) {

    static final String OUTBOX_HEADER = "X-Helpline-Outbox-Id";

    private static final Pattern OUTBOX_MESSAGE_ID = Pattern.compile(
            "<([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\.outbox@[^>]+>");

    /** The report the e-mail is, or empty when it is no delivery status notification. */
    static Optional<DeliveryReport> of(Part message) throws MessagingException, IOException {
        if (!isReport(message)) {
            return Optional.empty();
        }
        var parts = (Multipart) message.getContent();
        UUID outboxId = null;
        Recipient failure = null;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status")) {
                failure = firstFailure(part);
            } else if (outboxId == null && returnsHeaders(part)) {
                outboxId = outboxId(part);
            }
        }
        return Optional.of(new DeliveryReport(outboxId, failure != null, failure == null ? null : failure.reason()));
    }

    private static boolean isReport(Part message) throws MessagingException {
        if (!message.isMimeType("multipart/report")) {
            return false;
        }
        try {
            var type = new ContentType(message.getContentType()).getParameter("report-type");
            return type != null && type.strip().equalsIgnoreCase("delivery-status");
        } catch (ParseException e) {
            return false;
        }
    }

    private static boolean returnsHeaders(BodyPart part) throws MessagingException {
        return part.isMimeType("text/rfc822-headers") || part.isMimeType("message/rfc822");
    }

    /** A recipient block of the report: its action, status and the server's diagnostic. */
    private record Recipient(String action, String status, String diagnostic) {

        String reason() {
            var text = new StringBuilder("bounced:");
            if (status != null) {
                text.append(' ').append(status);
            }
            if (diagnostic != null) {
                text.append(' ').append(diagnostic);
            }
            return text.toString();
        }
    }

    /** The first recipient whose delivery failed; the blocks after the per-message one are per recipient. */
    private static Recipient firstFailure(BodyPart part) throws MessagingException, IOException {
        try (var in = part.getInputStream()) {
            for (var fields : blocks(in)) {
                var action = fields.getHeader("Action", null);
                if (action != null && action.strip().toLowerCase(Locale.ROOT).startsWith("failed")) {
                    return new Recipient(action, field(fields, "Status"), field(fields, "Diagnostic-Code"));
                }
            }
            return null;
        }
    }

    private static List<InternetHeaders> blocks(InputStream in) throws MessagingException, IOException {
        var blocks = new ArrayList<InternetHeaders>();
        var buffered = in.markSupported() ? in : new java.io.BufferedInputStream(in);
        while (true) {
            buffered.mark(1);
            if (buffered.read() < 0) {
                return blocks;
            }
            buffered.reset();
            var block = new InternetHeaders(buffered);
            if (block.getAllHeaderLines().hasMoreElements()) {
                blocks.add(block);
            }
            if (blocks.size() > 100) {
                return blocks;
            }
        }
    }

    private static String field(InternetHeaders fields, String name) {
        var value = fields.getHeader(name, null);
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    private static UUID outboxId(BodyPart part) throws MessagingException, IOException {
        if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part returned) {
            return outboxId(first(returned.getHeader(OUTBOX_HEADER)), first(returned.getHeader("Message-ID")));
        }
        try (var in = part.getInputStream()) {
            var headers = new InternetHeaders(in);
            return outboxId(headers.getHeader(OUTBOX_HEADER, null), headers.getHeader("Message-ID", null));
        }
    }

    private static UUID outboxId(String tagged, String messageId) {
        if (tagged != null) {
            try {
                return UUID.fromString(tagged.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        var matcher = messageId == null ? null : OUTBOX_MESSAGE_ID.matcher(messageId);
        return matcher != null && matcher.find() ? UUID.fromString(matcher.group(1)) : null;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
