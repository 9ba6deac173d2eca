package org.helpline.localmail.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.platform.PlainText;

/**
 * Takes a MIME message apart for reading: the first plain-text and the first HTML part that are
 * not files, and the names of the files. Without a plain-text part the text is the HTML's.
 */
final class MimeContent {

    private String text;
    private String html;
    private final List<String> attachments = new ArrayList<>();

    private MimeContent() {}

    static MessageContent of(Part message) throws MessagingException, IOException {
        var content = new MimeContent();
        content.walk(message);
        var text = content.text != null ? content.text : content.html != null ? PlainText.of(content.html) : "";
        return new MessageContent(text.strip(), content.html, content.attachments);
    }

    private void walk(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i));
            }
            return;
        }
        var fileName = part.getFileName();
        if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            attachments.add(fileName != null ? fileName : part.getContentType().toLowerCase(Locale.ROOT));
        } else if (part.isMimeType("text/plain") && text == null) {
            text = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && html == null) {
            html = String.valueOf(part.getContent());
        }
    }
}
