package org.helpline.health;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The status vocabulary of cloud status pages, as the API spells it. The last three end an
 * issue; the others keep it active. {@code severity} orders how bad a status is for a service.
 */
public enum IssueStatus {
    INVESTIGATING("investigating", 3),
    SERVICE_DEGRADATION("serviceDegradation", 5),
    SERVICE_INTERRUPTION("serviceInterruption", 6),
    RESTORING_SERVICE("restoringService", 4),
    EXTENDED_RECOVERY("extendedRecovery", 4),
    VERIFYING_SERVICE("verifyingService", 2),
    SERVICE_RESTORED("serviceRestored", 0),
    FALSE_POSITIVE("falsePositive", 0),
    POST_INCIDENT_REVIEW_PUBLISHED("postIncidentReviewPublished", 0);

    private final String value;
    private final int severity;

    IssueStatus(String value, int severity) {
        this.value = value;
        this.severity = severity;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public int severity() {
        return severity;
    }

    public boolean ends() {
        return this == SERVICE_RESTORED || this == FALSE_POSITIVE || this == POST_INCIDENT_REVIEW_PUBLISHED;
    }

    public static Optional<IssueStatus> parse(String value) {
        return Arrays.stream(values())
                .filter(status -> status.value.equals(value))
                .findFirst();
    }

    public static String vocabulary() {
        return String.join(", ", Arrays.stream(values()).map(IssueStatus::value).toList());
    }
}
