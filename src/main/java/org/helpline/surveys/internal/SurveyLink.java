package org.helpline.surveys.internal;

/**
 * What a survey link leads to. {@code state} says whether it can be answered; {@code number} and
 * {@code title} (of the request) are set only for a genuine link.
 */
public record SurveyLink(State state, String number, String title) {

    /** Whether a link can be answered, and why not; RECORDED answers the call that answered it. */
    public enum State {
        OPEN,
        RECORDED,
        ANSWERED,
        EXPIRED,
        INVALID
    }

    static SurveyLink invalid() {
        return new SurveyLink(State.INVALID, null, null);
    }
}
