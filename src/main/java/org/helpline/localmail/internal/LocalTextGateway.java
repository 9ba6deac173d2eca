package org.helpline.localmail.internal;

import jakarta.mail.MessagingException;
import java.io.IOException;
import org.helpline.notify.DeliveryFailedException;
import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;

/**
 * The text gateway of the local mail server ({@code helpline.notify.text-gateway=local}): each text
 * is kept in the local mailbox as a message to its number, where staff read it on {@code /mailbox},
 * and counts as delivered. The code in it is kept unmasked on purpose: reading it is the point.
 */
class LocalTextGateway implements TextMessageGateway {

    private final LocalMailbox mailbox;

    LocalTextGateway(LocalMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void send(TextMessage message) {
        try {
            mailbox.texted(message.to(), message.body());
        } catch (IOException | MessagingException e) {
            throw new DeliveryFailedException("the local mailbox cannot keep it: " + e.getMessage(), false, e);
        }
    }
}
