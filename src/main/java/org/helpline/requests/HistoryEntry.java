package org.helpline.requests;

import java.time.Instant;

/**
 * One change of a request: {@code kind} is OPENED, STATUS, SEVERITY, ASSIGNED, MESSAGE,
 * SLA_BREACHED or DOWNGRADED, with the values before and after and the reason given.
 */
public record HistoryEntry(Instant at, String actorName, String kind, String from, String to, String reason) {}
