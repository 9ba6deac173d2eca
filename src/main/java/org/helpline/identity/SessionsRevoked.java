package org.helpline.identity;

import java.util.UUID;

/**
 * A user's rights were reduced or their password changed, so their web sessions end: all of them,
 * or all but {@code keptSessionId} (the one that changed its own password), on every node.
 */
public record SessionsRevoked(UUID userId, String login, String keptSessionId) {}
