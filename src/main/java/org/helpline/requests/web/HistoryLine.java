package org.helpline.requests.web;

import java.time.Instant;

/**
 * A history entry as a sentence: {@code key} is its message, {@code from} and {@code to} are the
 * values before and after in the reader's words (a status's label, not its constant), {@code due}
 * the deadline a missed service level had. {@code kind} is the entry's kind as stored.
 */
public record HistoryLine(
        Instant at, String kind, String key, String from, String to, Instant due, String actorName, String reason) {}
