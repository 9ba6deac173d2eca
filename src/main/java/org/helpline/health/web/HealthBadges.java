package org.helpline.health.web;

import org.springframework.stereotype.Component;

/** The colour of a status badge on the health pages ({@code @healthBadges.of(status)}): red for an outage, amber while degraded. */
@Component("healthBadges")
public class HealthBadges {

    public String of(String status) {
        return switch (status == null ? "" : status) {
            case "healthy", "serviceRestored" -> "text-bg-success";
            case "serviceInterruption" -> "text-bg-danger";
            case "serviceDegradation", "investigating", "restoringService", "extendedRecovery" -> "text-bg-warning";
            case "advisory", "verifyingService" -> "text-bg-info";
            default -> "text-bg-secondary";
        };
    }
}
