package org.helpline.requests.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;

/** A request's SLA clocks as the pages show them, each with the badge it has now. */
final class ClockRows {

    private ClockRows() {}

    static List<ClockRow> of(SlaState state, Instant now) {
        return state.clocks().stream()
                .map(clock -> new ClockRow(
                        clock.kind(), clock.target(), clock.calendarTime(), clock.due(), SlaBadges.of(clock, now)))
                .toList();
    }

    /** The first-response clock, if the request has one. */
    static Optional<ClockView> firstResponse(SlaState state) {
        return state.clocks().stream()
                .filter(clock -> clock.kind() == ClockKind.FIRST_RESPONSE)
                .findFirst();
    }
}
