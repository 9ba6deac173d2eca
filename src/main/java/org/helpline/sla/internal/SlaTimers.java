package org.helpline.sla.internal;

import java.time.Instant;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.sla.CustomerWaitExceeded;
import org.helpline.sla.SlaBreached;
import org.helpline.sla.TimelineEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when a deadline passes ({@link DeadlineWatch}) or a customer-wait timer fires. Each
 * check-and-change is one conditional update, so a deadline or timer acted on twice, late, or for a
 * clock that was met, paused, stopped or moved meanwhile does nothing the second time.
 */
@Service
public class SlaTimers {

    static final String BREACH_ACTION = "sla.clock-breached";
    private static final String SYSTEM_ACTOR = "system";

    private final RequestClocks rows;
    private final Timelines timelines;
    private final PolicyResolver policies;
    private final ClockAdjustments adjustments;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    /**
     * {@code adjustments} is lazy because it schedules timers through the scheduler whose tasks
     * call this class.
     */
    SlaTimers(
            RequestClocks rows,
            Timelines timelines,
            PolicyResolver policies,
            @Lazy ClockAdjustments adjustments,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.rows = rows;
        this.timelines = timelines;
        this.policies = policies;
        this.adjustments = adjustments;
        this.audit = audit;
        this.events = events;
    }

    /** Breaches the clock if it still runs and is due at {@code now}. */
    @Transactional
    public boolean fire(UUID clockId, Instant now) {
        if (!rows.breachIfDue(clockId, now)) {
            return false;
        }
        var clock = rows.clock(clockId).orElseThrow();
        var request = rows.findRequest(clock.requestId()).orElseThrow();
        var detail = clock.kind() + " was due " + clock.due();
        timelines.add(clock.tenantId(), clock.requestId(), new TimelineEntry(now, clock.kind(), "BREACHED", detail));
        audit.recordAnonymous(
                new AuditEntry.Subject(null, SYSTEM_ACTOR, request.organisationId(), request.tenantId()),
                BREACH_ACTION,
                AuditDetails.of("clock", clock.kind()).and("due", clock.due()));
        events.publishEvent(new SlaBreached(
                clock.requestId(), clock.tenantId(), request.organisationId(), clock.kind(), clock.due(), now));
        return true;
    }

    /**
     * Runs a customer-wait timer: if the request still waits under it, lowers its SLA to the
     * policy's downgrade (which starts the wait anew under the lower policy) and publishes {@link
     * CustomerWaitExceeded} for the requests module to record.
     */
    @Transactional
    public boolean fireCustomerWait(String timer, Instant now) {
        var requestId = UUID.fromString(timer.substring(0, timer.indexOf('@')));
        if (!rows.takeDueWait(requestId, timer, now)) {
            return false;
        }
        var request = rows.findRequest(requestId).orElseThrow();
        var downgrade = policies.resolve(
                        request.organisationId(), request.category(), request.severity(), request.tenantZone())
                .map(policy -> policy.policy().downgradeTo());
        if (downgrade.isEmpty() || !downgrade.get().isLessSevereThan(request.severity())) {
            return false;
        }
        adjustments.severityChanged(requestId, downgrade.get(), now);
        events.publishEvent(new CustomerWaitExceeded(
                requestId, request.tenantId(), request.organisationId(), request.severity(), downgrade.get(), now));
        return true;
    }
}
