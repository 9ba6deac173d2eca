package org.helpline.health;

import java.util.List;
import java.util.UUID;

/**
 * A service with its current status: {@code healthy}, or the worst status of the active
 * incidents affecting it, or {@code advisory} when only advisories are active.
 */
public record ServiceStatus(String serviceId, String name, String status, List<UUID> activeIssues) {

    public static final String HEALTHY = "healthy";
    public static final String ADVISORY = "advisory";
}
