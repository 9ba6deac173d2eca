package org.helpline.requests.web;

import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;

/** One SLA clock as a page shows it: target and time left in words; {@code due} goes through the viewer's time formatter. */
public record ClockRow(
        ClockKind kind,
        ClockState state,
        String target,
        Instant due,
        Instant metAt,
        String remaining,
        boolean breached) {}
