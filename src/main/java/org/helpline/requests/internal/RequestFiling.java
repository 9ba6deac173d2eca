package org.helpline.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.health.KnownIssues;
import org.helpline.platform.Markdown;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.Filed;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.sla.ClockStart;
import org.helpline.sla.Deadlines;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records a request that passed the intake rules: starts its SLA clocks, stores it with the nearest
 * deadline for the queue and the active service health issues that match it, and writes its
 * first history entry, the audit entry and {@link RequestOpened}, all in the caller's transaction.
 * Whoever filed it, every channel takes this path. Instants are kept to the microsecond, as the
 * database stores them, so the request returned is the request stored without reading it back.
 */
@Component
class RequestFiling {

    /** A checked request: its id and number, who handles it, how to reach the customer, where it came in. */
    record Filing(
            UUID id, String number, HandledBy routeTo, ContactDetails contact, Channel channel, boolean onBehalf) {}

    private final SlaManagement sla;
    private final ServiceRequests requests;
    private final RequestHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final KnownIssues knownIssues;
    private final RelatedIssues relatedIssues;
    private final Clock clock;

    RequestFiling(
            SlaManagement sla,
            ServiceRequests requests,
            RequestHistory history,
            AuditTrail audit,
            ApplicationEventPublisher events,
            KnownIssues knownIssues,
            RelatedIssues relatedIssues,
            Clock clock) {
        this.sla = sla;
        this.requests = requests;
        this.history = history;
        this.audit = audit;
        this.events = events;
        this.knownIssues = knownIssues;
        this.relatedIssues = relatedIssues;
        this.clock = clock;
    }

    Filed file(HelplineUser requester, TenantProfile profile, OpenRequest command, Filing filing) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var deadlines = sla.startNew(new ClockStart(
                filing.id(),
                profile.id(),
                profile.organisationId(),
                command.category(),
                command.severity(),
                profile.zone(),
                now));
        var partner = filing.routeTo() == HandledBy.PARTNER ? profile.partner() : null;
        var draft = new ServiceRequest(
                filing.id(),
                profile.id(),
                profile.name(),
                profile.organisationId(),
                filing.number(),
                command.category(),
                Intake.blankToNull(command.serviceId()),
                command.problemClassification(),
                command.title().strip(),
                Markdown.message(command.description()),
                command.severity(),
                RequestStatus.NEW,
                filing.routeTo(),
                partner == null ? null : partner.id(),
                partner == null ? null : partner.name(),
                filing.channel(),
                requester.id(),
                requester.name(),
                filing.onBehalf(),
                filing.contact(),
                null,
                null,
                now,
                deadlines.firstResponseDue(),
                null,
                deadlines.nextUpdateDue(),
                null,
                null,
                false,
                null,
                now,
                0);
        var request = withQueueDeadline(draft, queueDeadline(draft, profile, command, deadlines, now));
        requests.insert(request, command.description());
        var related = relatedIssues.link(
                request.tenantId(),
                request.id(),
                knownIssues.matchingActiveIssues(
                        request.organisationId(),
                        request.tenantId(),
                        profile.language(),
                        request.serviceId(),
                        request.title() + " " + command.description()));
        history.append(
                request.tenantId(),
                request.id(),
                new RequestHistory.Change(
                        now,
                        requester.id(),
                        requester.name(),
                        "OPENED",
                        null,
                        request.severity().name(),
                        null,
                        false,
                        null));
        audit.record(
                "request.opened",
                request.tenantId(),
                request.number(),
                "category: " + request.category()
                        + "; severity: " + request.severity() + "; handled by: " + request.handledBy() + "; channel: "
                        + request.channel() + (filing.onBehalf() ? "; on behalf of: " + profile.name() : ""));
        events.publishEvent(new RequestOpened(
                request.id(),
                request.tenantId(),
                request.organisationId(),
                request.number(),
                request.category(),
                request.severity(),
                request.handledBy(),
                request.partnerId(),
                request.channel(),
                request.serviceId(),
                request.contact(),
                now));
        return new Filed(request, true, related);
    }

    /**
     * A new request has one running clock, first response, so its queue deadline and at-risk instant
     * are that clock's, as starting it answered; which spares reading back the clocks just written.
     * Anything else takes the general path.
     */
    private RequestState queueDeadline(
            ServiceRequest draft, TenantProfile profile, OpenRequest command, Deadlines deadlines, Instant now) {
        var state = RequestState.of(draft);
        if (deadlines.firstResponseDue() == null || deadlines.nextUpdateDue() != null) {
            return QueueDeadline.apply(state, sla.state(draft.id(), now));
        }
        var due = deadlines.firstResponseDue();
        return state.withDeadlines(due, null, due, deadlines.firstResponseAtRisk());
    }

    private static ServiceRequest withQueueDeadline(ServiceRequest draft, RequestState state) {
        return new ServiceRequest(
                draft.id(),
                draft.tenantId(),
                draft.tenantName(),
                draft.organisationId(),
                draft.number(),
                draft.category(),
                draft.serviceId(),
                draft.problemClassification(),
                draft.title(),
                draft.descriptionHtml(),
                draft.severity(),
                draft.status(),
                draft.handledBy(),
                draft.partnerId(),
                draft.partnerName(),
                draft.channel(),
                draft.requesterId(),
                draft.requesterName(),
                draft.onBehalf(),
                draft.contact(),
                null,
                null,
                draft.receivedAt(),
                state.firstResponseDue(),
                null,
                state.nextUpdateDue(),
                state.slaDueAt(),
                state.slaRiskAt(),
                false,
                null,
                draft.updatedAt(),
                0);
    }
}
