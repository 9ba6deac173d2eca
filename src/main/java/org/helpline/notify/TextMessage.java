package org.helpline.notify;

import java.util.List;

/** A rendered text message for a {@link TextMessageGateway}; {@code secrets} occur in {@code body}. */
public record TextMessage(String to, String body, List<String> secrets) {

    private static final String MASK = "********";

    public TextMessage {
        secrets = List.copyOf(secrets);
    }

    /** The body with every secret value replaced by asterisks, fit for a log. */
    public String masked() {
        var masked = body;
        for (var secret : secrets) {
            if (!secret.isEmpty()) {
                masked = masked.replace(secret, MASK);
            }
        }
        return masked;
    }
}
