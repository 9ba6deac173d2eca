package org.helpline.phone.internal;

/**
 * What entering a code did: {@code GRANTED}, or why not. {@code triesLeft} is set after a wrong
 * code; {@code grant} is the call's grant when there is one.
 */
public record Confirmation(Outcome outcome, boolean granted, Integer triesLeft, Grant grant) {

    /** The result of one entry. */
    public enum Outcome {
        GRANTED,
        WRONG_CODE,
        EXPIRED,
        TOO_MANY_TRIES,
        NO_OPEN_CHALLENGE
    }
}
