package org.helpline.requests.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.health.KnownIssue;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.HandledBy;
import org.helpline.requests.HistoryEntry;
import org.helpline.requests.RequestAttachment;
import org.helpline.requests.RequestDetails;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaSummary;

/**
 * A request as the API shows it. {@code handledBy} is {@code PROVIDER} or {@code PARTNER}, with
 * {@code partner} naming the partner; {@code messages} and {@code history} come with a single
 * request only; {@code onBehalfOf} names the tenant when an agent filed it for them (the requester is
 * then the agent); {@code relatedIssues} lists matching service health issues; {@code files}, with
 * a single request only, are those filed with the request itself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RequestResponse(
        UUID id,
        String number,
        long version,
        RequestStatus status,
        Severity severity,
        RequestCategory category,
        String serviceId,
        String problemClassification,
        String title,
        String descriptionHtml,
        String businessImpact,
        HandledBy handledBy,
        Named partner,
        Named tenant,
        Channel channel,
        Named requester,
        Named onBehalfOf,
        Named assignee,
        ContactDetails contact,
        Instant receivedAt,
        Instant updatedAt,
        Instant resolvedAt,
        SlaResponse sla,
        List<KnownIssue> relatedIssues,
        List<RequestMessage> messages,
        List<HistoryEntry> history,
        List<RequestAttachment> files) {

    /** An id with its display name. */
    record Named(UUID id, String name) {

        static Named of(UUID id, String name) {
            return id == null ? null : new Named(id, name);
        }
    }

    static RequestResponse of(ServiceRequest request, SlaSummary sla, Instant now) {
        return of(request, sla, now, List.of());
    }

    static RequestResponse of(ServiceRequest request, SlaSummary sla, Instant now, List<KnownIssue> relatedIssues) {
        return of(request, SlaResponse.of(request, sla, now, null), relatedIssues, null, null, null);
    }

    static RequestResponse of(RequestDetails details, Instant now, List<KnownIssue> relatedIssues) {
        return of(
                details.request(),
                SlaResponse.of(details.request(), details.sla().summary(), now, details.sla()),
                relatedIssues,
                details.messages(),
                details.history(),
                details.files());
    }

    private static RequestResponse of(
            ServiceRequest request,
            SlaResponse sla,
            List<KnownIssue> relatedIssues,
            List<RequestMessage> messages,
            List<HistoryEntry> history,
            List<RequestAttachment> files) {
        return new RequestResponse(
                request.id(),
                request.number(),
                request.version(),
                request.status(),
                request.severity(),
                request.category(),
                request.serviceId(),
                request.problemClassification(),
                request.title(),
                request.descriptionHtml(),
                request.businessImpact(),
                request.routing().handledBy(),
                Named.of(request.routing().partnerId(), request.routing().partnerName()),
                Named.of(request.tenantId(), request.tenantName()),
                request.channel(),
                Named.of(request.requester().id(), request.requester().name()),
                request.requester().onBehalf() ? Named.of(request.tenantId(), request.tenantName()) : null,
                Named.of(request.assigneeId(), request.assigneeName()),
                request.contact(),
                request.receivedAt(),
                request.updatedAt(),
                request.resolvedAt(),
                sla,
                relatedIssues,
                messages,
                history,
                files);
    }
}
