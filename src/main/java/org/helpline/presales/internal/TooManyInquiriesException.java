package org.helpline.presales.internal;

import java.time.Duration;
import java.util.Map;
import org.helpline.shared.ProblemException;

/**
 * An inquiry was refused because its e-mail address ({@code limit} "email") or its client address
 * ("client") sent {@code max} within {@code window} already: HTTP 429. {@code retryAfter} is how
 * long until the oldest counted inquiry leaves the window, at least one second.
 */
public class TooManyInquiriesException extends ProblemException {

    private final String limit;
    private final int max;
    private final Duration window;
    private final Duration retryAfter;

    TooManyInquiriesException(String limit, int max, Duration window, Duration retryAfter) {
        super(
                429,
                "too-many-inquiries",
                "At most " + max + " inquiries per " + (limit.equals("email") ? "e-mail address" : "client address")
                        + " may be sent within " + window.toMinutes() + " minutes; try again later.");
        this.limit = limit;
        this.max = max;
        this.window = window;
        this.retryAfter = retryAfter;
    }

    public String limit() {
        return limit;
    }

    /** Whole seconds to wait, rounded up. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes to wait, rounded up, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit, "max", max, "window", window.toString(), "retryAfter", retryAfterSeconds());
    }
}
