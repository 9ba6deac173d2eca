package org.helpline.requests;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * A service request as its readers see it. {@code number} is unique within the support
 * organisation;
 * {@code contact.phone} is in E.164. Its deadlines are the sla module's ({@code SlaManagement#summary}).
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
        Instant firstResponseAt,
        Instant resolvedAt,
        Instant updatedAt,
        long version) {}
