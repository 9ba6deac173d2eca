package org.helpline.alerts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.helpline.alerts.internal.AlertFacts.Recipient;
import org.helpline.platform.ModuleEventListener;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaAtRisk;
import org.helpline.sla.SlaBreached;
import org.springframework.stereotype.Component;

/**
 * Turns SLA events into alerts, in the transaction of the clock change: the assignee gets at-risk
 * warnings and breaches, the organisation's supervisors get breaches. A recipient gets the e-mail only with a new alert row, so a redelivered event sends
 * nothing twice.
 */
@Component
class SlaAlerts {

    private final AlertFacts facts;
    private final AlertRows rows;
    private final AlertMailer mailer;
    private final Clock clock;

    SlaAlerts(AlertFacts facts, AlertRows rows, AlertMailer mailer, Clock clock) {
        this.facts = facts;
        this.rows = rows;
        this.mailer = mailer;
        this.clock = clock;
    }

    @ModuleEventListener
    void on(SlaAtRisk event) {
        alert(event.requestId(), AlertKind.AT_RISK, event.clock(), event.due());
    }

    @ModuleEventListener
    void on(SlaBreached event) {
        alert(event.requestId(), AlertKind.BREACHED, event.clock(), event.due());
    }

    private void alert(UUID requestId, AlertKind kind, ClockKind clockKind, Instant due) {
        var request = facts.request(requestId).orElse(null);
        if (request == null) {
            return;
        }
        var recipients = new LinkedHashMap<UUID, Recipient>();
        if (request.assigneeId() != null) {
            facts.user(request.assigneeId()).ifPresent(user -> recipients.put(user.id(), user));
        }
        if (kind == AlertKind.BREACHED) {
            facts.supervisors(request.organisationId()).forEach(user -> recipients.putIfAbsent(user.id(), user));
        }
        var now = clock.instant();
        for (var recipient : recipients.values()) {
            var alert = new Alert(
                    UUID.randomUUID(),
                    request.id(),
                    request.number(),
                    request.title(),
                    kind,
                    clockKind,
                    due,
                    now,
                    null);
            if (rows.insert(recipient.id(), request.tenantId(), alert) && recipient.hasEmail()) {
                mailer.send(recipient, alert);
            }
        }
    }
}
