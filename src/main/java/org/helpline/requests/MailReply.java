package org.helpline.requests;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer's reply to a request e-mail that the {@code mail} module matched to its request and
 * sender: {@code body} is plain text (Markdown), {@code senderName} is how the thread names its author.
 */
public record MailReply(
        UUID requestId, String senderAddress, String senderName, String body, List<AttachmentFile> attachments) {

    public MailReply {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(senderAddress, "senderAddress");
        Objects.requireNonNull(body, "body");
        senderName = senderName == null || senderName.isBlank() ? senderAddress : senderName.strip();
        attachments = List.copyOf(attachments);
    }
}
