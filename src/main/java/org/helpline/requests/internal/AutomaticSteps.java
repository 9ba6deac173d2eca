package org.helpline.requests.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.platform.Markdown;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.CustomerReminded;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The steps Helpline takes on a request by itself, under a rule of the automation: each looks at
 * the request as stored now, does nothing when the step no longer applies or was taken already (a
 * key in the history), and otherwise changes it as a person would, with the rule in the history
 * (no actor: Helpline) and in the audit trail. A request changed meanwhile by a person fails the
 * version check and is simply tried again by the next run.
 */
@Component
class AutomaticSteps {

    private final ServiceRequests requests;
    private final RequestHistory history;
    private final Revisions revisions;
    private final DueRequests due;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;

    AutomaticSteps(
            ServiceRequests requests,
            RequestHistory history,
            Revisions revisions,
            DueRequests due,
            MessageSource texts,
            ApplicationEventPublisher events) {
        this.requests = requests;
        this.history = history;
        this.revisions = revisions;
        this.due = due;
        this.texts = texts;
        this.events = events;
    }

    /** Closes a request resolved at or before {@code cutoff}, unless the customer wrote since it was resolved. */
    boolean closeResolved(UUID id, Instant cutoff, String rule) {
        var request = requests.findForSystem(id).orElse(null);
        if (request == null
                || request.status() != RequestStatus.RESOLVED
                || request.resolvedAt() == null
                || request.resolvedAt().isAfter(cutoff)
                || due.customerWroteAfter(request.tenantId(), id, request.resolvedAt())) {
            return false;
        }
        var key = "auto-close:" + id + ":" + request.resolvedAt();
        if (history.handled(key)) {
            return false;
        }
        var reason = text("requests.automation.closed", request, rule);
        var saved = revisions.save(
                request, RequestState.of(request).moveTo(RequestStatus.CLOSED, true, reason, revisions.now()));
        revisions.record(
                saved,
                system("STATUS", RequestStatus.RESOLVED.name(), RequestStatus.CLOSED.name(), reason, key),
                "request.auto-closed",
                AuditDetails.of("rule", rule).andChange("status", RequestStatus.RESOLVED, RequestStatus.CLOSED));
        return true;
    }

    /**
     * Reminds the customer of a request that has waited for them since {@code since}: a note in the
     * thread and {@link CustomerReminded}, which the mail module sends; once per wait.
     */
    boolean remind(UUID id, Instant since, String rule) {
        var request = requests.findForSystem(id).orElse(null);
        if (request == null || request.status() != RequestStatus.AWAITING_CUSTOMER) {
            return false;
        }
        var key = "remind:" + id + ":" + since;
        if (history.handled(key)) {
            return false;
        }
        var now = revisions.now();
        var saved = revisions.save(request, RequestState.of(request));
        var body = text("requests.automation.reminder", request, rule);
        var notice = new RequestMessage(
                UUID.randomUUID(),
                now,
                null,
                text("requests.system.author", request, rule),
                AuthorSide.SYSTEM,
                MessageKind.SYSTEM,
                false,
                Markdown.message(body));
        revisions.addMessage(saved, notice, body);
        revisions.record(
                saved,
                system("REMINDED", null, null, rule, key),
                "request.customer-reminded",
                AuditDetails.of("rule", rule).and("waiting since", since));
        events.publishEvent(
                new CustomerReminded(id, saved.tenantId(), saved.organisationId(), saved.number(), body, rule, now));
        return true;
    }

    /** Gives a new request nobody holds to the agent the rule chose. */
    boolean assign(UUID id, UUID agentId, String agentName, String rule) {
        var request = requests.findForSystem(id).orElse(null);
        if (request == null || request.status() != RequestStatus.NEW || request.assigneeId() != null) {
            return false;
        }
        var saved = revisions.save(request, RequestState.of(request).assign(agentId, agentName));
        revisions.record(
                saved,
                system("ASSIGNED", null, agentName, rule, null),
                "request.auto-assigned",
                AuditDetails.of("rule", rule).andChange("assignee", null, agentName));
        return true;
    }

    private RequestHistory.Change system(String kind, String from, String to, String reason, String key) {
        return new RequestHistory.Change(revisions.now(), null, null, kind, from, to, reason, false, key);
    }

    private String text(String code, ServiceRequest request, String rule) {
        var locale = Locale.forLanguageTag(request.contact().language());
        return texts.getMessage(code, new Object[] {request.number(), rule}, locale);
    }
}
