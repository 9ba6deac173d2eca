package org.helpline.presales.internal;

/**
 * What became of an inquiry. {@code RECEIVED}: a request was filed, {@code reference} is its
 * number. {@code REPEATED}: a retry with the same idempotency key and e-mail, answered with the
 * first inquiry's number. {@code DISCARDED}: the honeypot was filled, nothing was stored and
 * {@code reference} is null.
 */
public record Received(Outcome outcome, String reference) {

    public enum Outcome {
        RECEIVED,
        REPEATED,
        DISCARDED
    }

    static Received discarded() {
        return new Received(Outcome.DISCARDED, null);
    }
}
