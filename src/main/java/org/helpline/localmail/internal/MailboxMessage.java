package org.helpline.localmail.internal;

import java.time.Instant;
import org.helpline.tenancy.PhoneNumbers;

/**
 * One message the local server received: an e-mail delivered to the mailbox {@code to}, or a text
 * message to the number {@code to}. {@code text} is the plain-text part (or the HTML part as text),
 * a text message's body.
 */
public record MailboxMessage(
        String id, Channel channel, String from, String to, String subject, Instant receivedAt, String text) {

    /** The recipient as a person reads it: a number grouped ({@code +48 22 123 45 67}), an address as is. */
    public String shownTo() {
        return channel == Channel.TEXT ? PhoneNumbers.international(to) : to;
    }

    /** How the message was sent. */
    public enum Channel {
        EMAIL,
        TEXT
    }
}
