package org.helpline.phone.internal;

import java.time.Duration;
import java.util.Map;

/**
 * A code was not sent because the limit named {@code limit} ({@code tenant}, {@code caller} or
 * {@code agent}) allows no more than {@code max} codes within {@code window}: HTTP 429, with the
 * three as members of the problem detail.
 */
public class TooManyCodesException extends CallRefusedException {

    private final String limit;
    private final int max;
    private final Duration window;

    TooManyCodesException(String limit, int max, Duration window) {
        super(
                429,
                "too-many-codes",
                "At most " + max + " codes per " + (limit.equals("caller") ? "caller number" : limit)
                        + " may be sent within " + window.toMinutes() + " minutes; try again later.");
        this.limit = limit;
        this.max = max;
        this.window = window;
    }

    public String limit() {
        return limit;
    }

    public int max() {
        return max;
    }

    public Duration window() {
        return window;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit, "max", max, "window", window.toString());
    }
}
