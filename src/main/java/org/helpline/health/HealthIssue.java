package org.helpline.health;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An incident or advisory as a reader sees it: title and impact in the reader's language when a
 * translation exists, the services it affects, the tenants it is limited to (empty: all; shown
 * only to staff), and its posts, oldest first (empty in lists).
 */
public record HealthIssue(
        UUID id,
        Classification classification,
        IssueStatus status,
        String title,
        String impactDescription,
        List<String> services,
        List<UUID> tenants,
        Instant startedAt,
        Instant updatedAt,
        Instant resolvedAt,
        long version,
        List<IssuePost> posts) {

    public boolean active() {
        return resolvedAt == null;
    }
}
