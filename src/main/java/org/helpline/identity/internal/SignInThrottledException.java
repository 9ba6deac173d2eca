package org.helpline.identity.internal;

import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/** A sign-in attempt refused unevaluated: too many failures, the next attempt waits until {@link #allowedFrom}. */
public class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Instant allowedFrom;

    SignInThrottledException(Instant allowedFrom) {
        super("Too many sign-in attempts; try again after " + allowedFrom);
        this.allowedFrom = allowedFrom;
    }

    public Instant allowedFrom() {
        return allowedFrom;
    }

    /** The whole seconds left to wait at {@code now}, at least one while the wait lasts, else zero. */
    public long secondsLeft(Instant now) {
        var left = Duration.between(now, allowedFrom);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return Math.max(1, (left.toMillis() + 999) / 1000);
    }
}
