package org.helpline.mail.internal;

import java.util.List;
import org.helpline.requests.AttachmentFile;

/**
 * An e-mail read from the inbound mailbox. {@code recipients} are its To, Cc and delivery
 * headers; {@code text} is its new text (quoted history cut off); {@code tooLarge} names the files
 * that were over the size limit and not kept; {@code automatic} is true for auto-replies
 * (an {@code Auto-Submitted} header other than {@code no}).
 */
record InboundMessage(
        String messageId,
        String fromAddress,
        String fromName,
        List<String> recipients,
        String subject,
        String text,
        List<AttachmentFile> attachments,
        List<String> tooLarge,
        boolean automatic) {}
