package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * A service request as its readers see it. {@code number} is unique within the support
 * organisation;
 * {@code contact.phone} is in E.164. {@code slaDueAt} is the nearest pending SLA deadline.
 */
public record ServiceRequest(
        UUID id,
        UUID tenantId,
        String tenantName,
        String organisationId,
        String number,
        RequestCategory category,
        String serviceId,
        String problemClassification,
        String title,
        String descriptionHtml,
        Severity severity,
        RequestStatus status,
        Routing routing,
        Channel channel,
        Requester requester,
        ContactDetails contact,
        UUID assigneeId,
        String assigneeName,
        Instant receivedAt,
        Instant firstResponseDue,
        Instant firstResponseAt,
        Instant nextUpdateDue,
        Instant slaDueAt,
        Instant slaRiskAt,
        boolean breached,
        Instant resolvedAt,
        Instant updatedAt,
        long version) {

    /** Whether the nearest deadline is close (within a quarter of its target, at most 2 hours) but not past. */
    public boolean atRisk(Instant now) {
        return slaRiskAt != null && slaDueAt != null && !now.isBefore(slaRiskAt) && now.isBefore(slaDueAt);
    }

    /** Whether the nearest pending deadline has passed. */
    public boolean overdue(Instant now) {
        return slaDueAt != null && !now.isBefore(slaDueAt);
    }
}
