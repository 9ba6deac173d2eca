package org.helpline.requests.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.platform.Markdown;
import org.helpline.platform.ModuleEventListener;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessage;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.StaleEditException;
import org.helpline.sla.CustomerWaitExceeded;
import org.helpline.sla.SlaBreached;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Reacts to the sla module's timers: a breach is noted in the request's history; a customer who kept a request
 * waiting too long gets it downgraded with a note in the thread, the severity sla has
 * already lowered its clocks to. Each event is handled once:
 * its key in the history makes a redelivery do nothing. A concurrent edit by a person is retried.
 */
@Component
class SlaEventHandlers {

    private static final int ATTEMPTS = 3;

    private final ServiceRequests requests;
    private final RequestHistory history;
    private final Revisions revisions;
    private final MessageSource texts;
    private final Clock clock;

    SlaEventHandlers(
            ServiceRequests requests, RequestHistory history, Revisions revisions, MessageSource texts, Clock clock) {
        this.requests = requests;
        this.history = history;
        this.revisions = revisions;
        this.texts = texts;
        this.clock = clock;
    }

    /** The request's history and the audit trail note the missed deadline; the breach itself is sla's to keep. */
    @ModuleEventListener
    void on(SlaBreached event) {
        var key = "breach:" + event.requestId() + ":" + event.clock() + ":" + event.due();
        var request = requests.findForSystem(event.requestId()).orElse(null);
        if (request == null || history.handled(key)) {
            return;
        }
        revisions.record(
                request,
                system("SLA_BREACHED", event.clock().name(), String.valueOf(event.due()), null, key),
                "request.sla-breached",
                AuditDetails.of("clock", event.clock()).and("due", event.due()));
    }

    @ModuleEventListener
    void on(CustomerWaitExceeded event) {
        var key = "downgrade:" + event.requestId() + ":" + event.from() + ":" + event.to() + ":" + event.at();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            var request = requests.findForSystem(event.requestId()).orElse(null);
            if (request == null
                    || history.handled(key)
                    || request.severity() != event.from()
                    || !request.status().isOpen()) {
                return;
            }
            try {
                downgrade(request, event, key);
                return;
            } catch (StaleEditException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void downgrade(ServiceRequest request, CustomerWaitExceeded event, String key) {
        var now = clock.instant();
        var reason = text("requests.system.downgraded.reason", request, event);
        var saved = revisions.save(request, RequestState.of(request).downgradeTo(event.to(), reason, now));
        revisions.record(
                saved,
                system("DOWNGRADED", event.from().name(), event.to().name(), reason, key),
                "request.downgraded",
                AuditDetails.none()
                        .andChange("severity", event.from(), event.to())
                        .and("reason", "NO_CUSTOMER_RESPONSE"));
        var notice = new RequestMessage(
                UUID.randomUUID(),
                now,
                null,
                text("requests.system.author", request, event),
                AuthorSide.SYSTEM,
                MessageKind.SYSTEM,
                false,
                Markdown.message(text("requests.system.downgraded", request, event)));
        revisions.addMessage(saved, notice, text("requests.system.downgraded", request, event));
    }

    private RequestHistory.Change system(String kind, String from, String to, String reason, String key) {
        return new RequestHistory.Change(clock.instant(), null, null, kind, from, to, reason, false, key);
    }

    private String text(String code, ServiceRequest request, CustomerWaitExceeded event) {
        var locale = Locale.forLanguageTag(request.contact().language());
        return texts.getMessage(
                code, new Object[] {event.from().name(), event.to().name()}, locale);
    }
}
