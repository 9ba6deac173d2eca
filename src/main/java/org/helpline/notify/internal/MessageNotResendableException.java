package org.helpline.notify.internal;

import java.util.Map;
import java.util.UUID;
import org.helpline.shared.ProblemException;

/** A message that cannot be sent again: it has not failed, it expired, or its secret values are gone. */
public class MessageNotResendableException extends ProblemException {

    /** Why; the page explains each in the reader's language. */
    public enum Reason {
        NOT_FAILED,
        EXPIRED,
        SECRETS_ERASED
    }

    private final Reason reason;

    MessageNotResendableException(UUID id, Reason reason) {
        super(409, "message-not-resendable", detail(id, reason));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("reason", reason.name());
    }

    private static String detail(UUID id, Reason reason) {
        return switch (reason) {
            case NOT_FAILED -> "Message " + id + " has not failed; only a failed message is sent again.";
            case EXPIRED -> "Message " + id + " was valid only until its deadline, which has passed.";
            case SECRETS_ERASED ->
                "Message " + id + " carried a secret value, such as a verification code, "
                        + "which was erased when it failed; send a new code instead.";
        };
    }
}
