package org.helpline.mail.internal;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.helpline.requests.AttachmentFile;

/**
 * Reads an e-mail into an {@link InboundMessage}: the first text/plain and text/html parts (the
 * plain one wins), every other part with a file name as an attachment up to {@code maxBytes}. An
 * e-mail without a Message-ID is known by a hash of its headers and body instead.
 */
final class MimeReading {

    private final long maxBytes;

    MimeReading(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    InboundMessage read(Message message) throws MessagingException, IOException {
        var parts = new Parts();
        walk(message, parts);
        var from = message.getFrom() == null || message.getFrom().length == 0 ? null : message.getFrom()[0];
        var sender = from instanceof InternetAddress internet ? internet : null;
        return new InboundMessage(
                messageId(message),
                sender == null ? "" : sender.getAddress().toLowerCase(Locale.ROOT),
                sender == null ? null : sender.getPersonal(),
                recipients(message),
                message.getSubject() == null ? "" : message.getSubject(),
                ReplyText.of(parts.plain, parts.html),
                parts.files,
                parts.tooLarge,
                automatic(message));
    }

    /** Auto-Submitted other than "no", Precedence bulk, junk or auto_reply, or an X-Autoreply header. */
    private static boolean automatic(Message message) throws MessagingException {
        var submitted = message.getHeader("Auto-Submitted");
        if (submitted != null && submitted.length > 0 && !submitted[0].strip().equalsIgnoreCase("no")) {
            return true;
        }
        var precedence = message.getHeader("Precedence");
        if (precedence != null
                && precedence.length > 0
                && precedence[0].strip().toLowerCase(Locale.ROOT).matches("bulk|junk|auto_reply")) {
            return true;
        }
        return message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null;
    }

    private void walk(Part part, Parts parts) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), parts);
            }
            return;
        }
        var name = fileName(part);
        var attached = name != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (!attached && part.isMimeType("text/plain") && parts.plain == null) {
            parts.plain = part.getContent().toString();
        } else if (!attached && part.isMimeType("text/html") && parts.html == null) {
            parts.html = part.getContent().toString();
        } else if (attached || !part.isMimeType("text/*")) {
            keep(part, name == null ? "attachment" : name, parts);
        }
    }

    private void keep(Part part, String name, Parts parts) throws MessagingException, IOException {
        try (var in = part.getInputStream()) {
            var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                parts.tooLarge.add(name);
                return;
            }
            var type = new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
            parts.files.add(new AttachmentFile(name, type, bytes));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        var name = part.getFileName();
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (UnsupportedEncodingException e) {
            // keep the raw name
        }
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static List<String> recipients(Message message) throws MessagingException {
        var result = new ArrayList<String>();
        for (var type : new Message.RecipientType[] {Message.RecipientType.TO, Message.RecipientType.CC}) {
            addAll(result, message.getRecipients(type));
        }
        for (var header : new String[] {"Delivered-To", "X-Original-To", "Envelope-To"}) {
            var values = message.getHeader(header);
            if (values != null) {
                for (var value : values) {
                    addAll(result, InternetAddress.parseHeader(value, false));
                }
            }
        }
        return result;
    }

    private static void addAll(List<String> result, Address[] addresses) {
        if (addresses != null) {
            for (var address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                    result.add(internet.getAddress());
                }
            }
        }
    }

    private static String messageId(Message message) throws MessagingException, IOException {
        var id = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        if (id != null && !id.isBlank() && id.length() <= 500) {
            return id.strip();
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var headers = message.getAllHeaders();
            while (headers.hasMoreElements()) {
                var header = headers.nextElement();
                digest.update((header.getName() + ":" + header.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Parts {
        String plain;
        String html;
        final List<AttachmentFile> files = new ArrayList<>();
        final List<String> tooLarge = new ArrayList<>();
    }
}
