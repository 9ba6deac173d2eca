package org.helpline.requests.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * An SLA clock (or a request's nearest deadline) as a coloured badge: its state, and what the
 * words next to it count from. {@code due} is set while a deadline is still owed, so the page
 * counts down to it (and up from it once missed); {@code atRisk} is when a running clock turns
 * "at risk"; {@code metAt} is when a met clock was met; {@code left} is the time a paused clock
 * keeps for when it runs again.
 */
public record SlaBadge(State state, Instant due, Instant atRisk, Instant metAt, Duration left) {

    /** The states a badge shows; each has its own colour, icon and words. */
    public enum State {
        RUNNING("text-bg-primary", "bi-stopwatch"),
        AT_RISK("text-bg-warning", "bi-exclamation-triangle-fill"),
        BREACHED("text-bg-danger", "bi-x-octagon-fill"),
        PAUSED("text-bg-secondary", "bi-pause-circle-fill"),
        MET("text-bg-success", "bi-check-circle-fill"),
        STOPPED("text-bg-light", "bi-dash-circle"),
        NONE("text-bg-light", "bi-dash-circle");

        private final String colour;
        private final String icon;

        State(String colour, String icon) {
            this.colour = colour;
            this.icon = icon;
        }

        public String colour() {
            return colour;
        }

        public String icon() {
            return icon;
        }

        /** The message key suffix and the value of {@code data-state}: {@code at-risk}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Whether the page counts to or from {@code due} (the deadline is still owed). */
    public boolean counting() {
        return due != null && (state == State.RUNNING || state == State.AT_RISK || state == State.BREACHED);
    }
}
