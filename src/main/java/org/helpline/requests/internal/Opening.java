package org.helpline.requests.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.health.KnownIssues;
import org.helpline.platform.Markdown;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.Filed;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.Requester;
import org.helpline.requests.Routing;
import org.helpline.requests.ServiceRequest;
import org.helpline.sla.ClockStart;
import org.helpline.sla.Deadlines;
import org.helpline.sla.SlaManagement;
import org.helpline.sla.SlaSummary;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opening: the last step of {@link Filing}, for a request it accepted. Starts its SLA clocks, stores it with the nearest
 * deadline for the queue and the active service health issues that match it, and writes its
 * first history entry and the audit entry, and publishes the events its state recorded, all in the
 * caller's transaction.
 * Whoever filed it, every channel takes this path. Instants are kept to the microsecond, as the
 * database stores them, so the request returned is the request stored without reading it back.
 */
@Component
class Opening {

    /** A checked request: its id and number, who handles it, how to reach the customer, where it came in. */
    record Accepted(
            UUID id, String number, HandledBy routeTo, ContactDetails contact, Channel channel, boolean onBehalf) {

        /** The request as filed by {@code requester}: received {@code at}, in its first {@code state}. */
        ServiceRequest request(
                Requester requester, TenantProfile profile, OpenRequest command, RequestState state, Instant at) {
            var partner = routeTo == HandledBy.PARTNER ? profile.partner() : null;
            return new ServiceRequest(
                    id,
                    profile.id(),
                    profile.name(),
                    profile.organisationId(),
                    number,
                    command.category(),
                    Filing.blankToNull(command.serviceId()),
                    command.problemClassification(),
                    command.title().strip(),
                    Markdown.message(command.description()),
                    Filing.blankToNull(command.businessImpact()),
                    state.severity(),
                    state.status(),
                    new Routing(
                            routeTo, partner == null ? null : partner.id(), partner == null ? null : partner.name()),
                    channel,
                    requester,
                    contact,
                    state.assigneeId(),
                    state.assigneeName(),
                    at,
                    state.firstResponseAt(),
                    state.resolvedAt(),
                    at,
                    0);
        }
    }

    private final SlaManagement sla;
    private final ServiceRequests requests;
    private final RequestHistory history;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final KnownIssues knownIssues;
    private final RelatedIssues relatedIssues;
    private final Clock clock;

    Opening(
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

    Filed open(Requester requester, TenantProfile profile, OpenRequest command, Accepted filing) {
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var deadlines = sla.startNew(new ClockStart(
                filing.id(),
                profile.id(),
                profile.organisationId(),
                command.category(),
                command.severity(),
                profile.zone(),
                now));
        var state = RequestState.filed(command.severity(), deadlines.firstResponseDue());
        var request = filing.request(requester, profile, command, state, now);
        var sla = slaOfNew(filing.id(), deadlines, now);
        requests.insert(request, command.description(), sla);
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
                AuditDetails.of("category", request.category())
                        .and("severity", request.severity())
                        .and("handled by", request.routing().handledBy())
                        .and("channel", request.channel())
                        .andIfPresent("on behalf of", filing.onBehalf() ? profile.name() : null));
        state.events(request).forEach(events::publishEvent);
        return new Filed(request, sla, true, related);
    }

    /**
     * A new request has one running clock, first response, so its summary is what starting that
     * clock answered, which spares reading back the clocks just written. Anything else asks sla.
     */
    private SlaSummary slaOfNew(UUID id, Deadlines deadlines, Instant now) {
        if (deadlines.firstResponseDue() == null || deadlines.nextUpdateDue() != null) {
            return sla.summary(id, now);
        }
        return SlaSummary.filed(deadlines);
    }
}
