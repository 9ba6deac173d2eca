package org.helpline.sla;

import java.time.Instant;

/**
 * Something that happened to a clock: {@code STARTED}, {@code PAUSED}, {@code RESUMED}, {@code MET},
 * {@code BREACHED}, {@code RESTARTED}, {@code STOPPED} or {@code TARGET_CHANGED}, with a detail in
 * English that says why the deadline is where it is.
 */
public record TimelineEntry(Instant at, ClockKind clock, String event, String detail) {}
