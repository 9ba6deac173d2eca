package org.helpline.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.internal.ClockAdjustments;
import org.helpline.sla.internal.ClockKeeper;
import org.helpline.sla.internal.ClockMath;
import org.helpline.sla.internal.Policies;
import org.helpline.sla.internal.PolicyResolver;
import org.helpline.sla.internal.RequestClocks;
import org.helpline.sla.internal.ResolvedPolicy;
import org.helpline.sla.internal.SeverityRules;
import org.helpline.sla.internal.Timelines;
import org.helpline.tenancy.Contract;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA of service requests: which severities may be filed, the deadlines a request gets
 * and its clocks from receipt to resolution, with durable timers that publish
 * {@link SlaBreached} and {@link CustomerWaitExceeded}. Every method joins the caller's
 * transaction, so a request change and its clock change commit together; instants are kept to the
 * microsecond, as the database stores them.
 */
@Service
public class SlaManagement {

    private final Policies policies;
    private final PolicyResolver resolver;
    private final ClockKeeper keeper;
    private final ClockAdjustments adjustments;
    private final RequestClocks clocks;
    private final Timelines timelines;

    SlaManagement(
            Policies policies,
            PolicyResolver resolver,
            ClockKeeper keeper,
            ClockAdjustments adjustments,
            RequestClocks clocks,
            Timelines timelines) {
        this.policies = policies;
        this.resolver = resolver;
        this.keeper = keeper;
        this.adjustments = adjustments;
        this.clocks = clocks;
        this.timelines = timelines;
    }

    /** The severities a tenant with {@code contract} may choose for {@code category} (R-20 and the policy table). */
    @Transactional(readOnly = true)
    public Set<Severity> allowedSeverities(String organisationId, RequestCategory category, Contract contract) {
        var withPolicy = policies.findAllWithCalendarVersions(organisationId).stream()
                .map(Policies.Found::policy)
                .filter(policy -> policy.category() == category)
                .map(SlaPolicy::severity)
                .toList();
        return SeverityRules.allowed(category, contract, withPolicy);
    }

    /** The deadlines a request received at {@code receivedAt} would get; {@code tenantZone} may be null. */
    @Transactional(readOnly = true)
    public Deadlines preview(
            String organisationId, RequestCategory category, Severity severity, ZoneId tenantZone, Instant receivedAt) {
        return explain(organisationId, category, severity, tenantZone, receivedAt)
                .deadlines();
    }

    /** Like {@link #preview}, with the policy, calendar and zone the deadlines come from. */
    @Transactional(readOnly = true)
    public SlaPreview explain(
            String organisationId, RequestCategory category, Severity severity, ZoneId tenantZone, Instant receivedAt) {
        var policy = policy(organisationId, category, severity, tenantZone);
        var due = policy.businessCalendar().addBusinessTime(micros(receivedAt), policy.firstResponse());
        return new SlaPreview(
                new Deadlines(due, null),
                policy.policy(),
                policy.calendar(),
                policy.zone(),
                policy.firstResponse(),
                policy.calendarTime());
    }

    /** Starts the first-response clock and its timer; a second start of the same request changes nothing. */
    @Transactional
    public Deadlines start(ClockStart start) {
        return keeper.start(inMicros(start));
    }

    /**
     * Like {@link #start} for a request filed in this transaction, whose id was just made: no look
     * for an earlier start, and its rows join the caller's {@code DeferredInserts}.
     */
    @Transactional
    public Deadlines startNew(ClockStart start) {
        return keeper.startNew(inMicros(start));
    }

    private static ClockStart inMicros(ClockStart start) {
        return new ClockStart(
                start.requestId(),
                start.tenantId(),
                start.organisationId(),
                start.category(),
                start.severity(),
                start.tenantZone(),
                micros(start.receivedAt()));
    }

    /** Meets the first-response clock (late if past its deadline); on severity A starts the update clock. */
    @Transactional
    public Deadlines firstResponseGiven(UUID requestId, Instant at) {
        return keeper.firstResponseGiven(requestId, micros(at));
    }

    /** A later public reply: the update clock restarts with its full cadence. */
    @Transactional
    public Deadlines updateGiven(UUID requestId, Instant at) {
        return keeper.updateGiven(requestId, micros(at));
    }

    /** Pauses the update clock (never the first-response clock) and starts the customer-wait timer. */
    @Transactional
    public Deadlines awaitingCustomer(UUID requestId, Instant at) {
        return adjustments.awaitingCustomer(requestId, micros(at));
    }

    /** Resumes the update clock with the time it had left and cancels the customer-wait timer. */
    @Transactional
    public Deadlines customerResponded(UUID requestId, Instant at) {
        return adjustments.customerResponded(requestId, micros(at));
    }

    /** Recomputes the targets under the new severity's policy; a running first-response clock counts from receipt. */
    @Transactional
    public Deadlines severityChanged(UUID requestId, Severity newSeverity, Instant at) {
        return adjustments.severityChanged(requestId, newSeverity, micros(at));
    }

    /** Resolved or closed: running and paused clocks stop and their timers are cancelled. */
    @Transactional
    public void stop(UUID requestId, Instant at) {
        keeper.stop(requestId, micros(at));
    }

    /** Reopened: the update clock restarts on severity A; the first response stays as it was. */
    @Transactional
    public Deadlines reopen(UUID requestId, Instant at) {
        return keeper.reopen(requestId, micros(at));
    }

    @Transactional(readOnly = true)
    public SlaState state(UUID requestId, Instant now) {
        var request =
                clocks.findRequest(requestId).orElseThrow(() -> new NotFoundException("SLA of request", requestId));
        var calendar = resolver.resolve(
                        request.organisationId(), request.category(), request.severity(), request.tenantZone())
                .map(ResolvedPolicy::businessCalendar)
                .orElse(null);
        var views = clocks.clocks(requestId).stream()
                .map(clock -> ClockMath.view(clock, calendar, now))
                .toList();
        return new SlaState(views, timelines.of(requestId));
    }

    private ResolvedPolicy policy(String organisationId, RequestCategory category, Severity severity, ZoneId zone) {
        return resolver.resolve(organisationId, category, severity, zone)
                .orElseThrow(() -> new InvalidInputException(
                        "severity",
                        "there is no SLA policy for " + category + " severity " + severity + " in organisation "
                                + organisationId));
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
