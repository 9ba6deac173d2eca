package org.helpline.health;

import java.time.Instant;
import java.util.UUID;

/** One entry of an issue's timeline: the status it set and what it says. */
public record IssuePost(UUID id, Instant postedAt, IssueStatus status, String message, String author) {}
