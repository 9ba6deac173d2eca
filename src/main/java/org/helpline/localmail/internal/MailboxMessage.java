package org.helpline.localmail.internal;

import java.time.Instant;

/**
 * One message the local server received: an e-mail delivered to the mailbox {@code to}, or a text
 * message to the number {@code to}. {@code text} is the plain-text part (or the HTML part as text),
 * a text message's body.
 */
public record MailboxMessage(
        String id, Channel channel, String from, String to, String subject, Instant receivedAt, String text) {

    /** How the message was sent. */
    public enum Channel {
        EMAIL,
        TEXT
    }
}
