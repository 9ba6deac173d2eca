package org.helpline.sla;

import java.util.List;

/** A request's SLA clocks and their timeline, oldest entry first. */
public record SlaState(List<ClockView> clocks, List<TimelineEntry> timeline) {

    public SlaState {
        clocks = List.copyOf(clocks);
        timeline = List.copyOf(timeline);
    }
}
