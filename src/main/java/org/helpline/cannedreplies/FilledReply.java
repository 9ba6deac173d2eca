package org.helpline.cannedreplies;

import java.util.UUID;

/** A canned reply filled in for one request, as the composer offers it. */
public record FilledReply(UUID id, String shortcut, String title, String language, String text, boolean hasActions) {}
