package org.helpline.health;

import java.util.UUID;

/** An active issue offered to an admin writing a request ("known issue"). */
public record KnownIssue(UUID id, String title, IssueStatus status) {}
