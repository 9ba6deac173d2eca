package org.helpline.sla;

import java.util.List;

/** A request's SLA clocks, what they sum up to, and their timeline, oldest entry first. */
public record SlaState(List<ClockView> clocks, SlaSummary summary, List<TimelineEntry> timeline) {

    public SlaState {
        clocks = List.copyOf(clocks);
        timeline = List.copyOf(timeline);
    }
}
