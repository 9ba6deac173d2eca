package org.helpline.requests;

import java.util.UUID;
import org.helpline.requests.internal.MailConversation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies to request e-mails, for the {@code mail} module, which acts for Helpline itself (no
 * signed-in user) after it has checked the reply's token and sender. A reply becomes a public
 * customer message with its files, with the same effect and {@link RequestMessageAdded} event as a
 * message written on the portal; the history and the audit trail note that it came by e-mail.
 */
@Service
public class MailReplies {

    private final MailConversation conversation;

    MailReplies(MailConversation conversation) {
        this.conversation = conversation;
    }

    /**
     * Adds the reply to its request's thread and answers the new message's id.
     *
     * @throws org.helpline.shared.NotFoundException when the request does not exist
     * @throws org.helpline.shared.ProblemException when the request is closed
     */
    @Transactional
    public UUID add(MailReply reply) {
        return conversation.add(reply);
    }
}
