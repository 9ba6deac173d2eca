package org.helpline.localmail.internal;

import java.util.List;

/** What a reader shows of a message: its plain text, its HTML (null when it has none) and its files' names. */
public record MessageContent(String text, String html, List<String> attachments) {

    public MessageContent {
        attachments = List.copyOf(attachments);
    }
}
