package org.helpline.requests.web;

import java.time.Duration;
import java.time.Instant;
import org.helpline.sla.ClockKind;

/**
 * One SLA clock as a page shows it: its target ({@code calendarTime} false: counted in business
 * hours), its deadline while one is set, and its badge.
 */
public record ClockRow(ClockKind kind, Duration target, boolean calendarTime, Instant due, SlaBadge badge) {}
