package org.helpline.dashboard.internal;

import java.time.Instant;

/** What the dashboard needs of one request. */
public record RequestFact(
        String severity,
        String status,
        Instant receivedAt,
        Instant firstResponseDue,
        Instant firstResponseAt,
        boolean breached) {

    boolean open() {
        return !"RESOLVED".equals(status) && !"CLOSED".equals(status);
    }
}
