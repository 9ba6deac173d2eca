package org.helpline.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.tenancy.Contract;

/**
 * The SLA of service requests: which severities may be filed, the deadlines a request gets
 * and its clocks from receipt to resolution, with durable timers that publish
 * {@link SlaBreached} and {@link CustomerWaitExceeded}. Every method joins the caller's
 * transaction, so a request change and its clock change commit together; instants are kept to the
 * microsecond, as the database stores them.
 */
public interface SlaManagement {

    /** The severities a tenant with {@code contract} may choose for {@code category} (R-20 and the policy table). */
    Set<Severity> allowedSeverities(String organisationId, RequestCategory category, Contract contract);

    /** The hours the policy of (category, severity) counts in, read in {@code tenantZone} (may be null). */
    ServiceHours serviceHours(String organisationId, RequestCategory category, Severity severity, ZoneId tenantZone);

    /** Starts the first-response clock and its timer; a second start of the same request changes nothing. */
    Deadlines start(ClockStart start);

    /**
     * Like {@link #start} for a request filed in this transaction, whose id was just made: no look
     * for an earlier start, and its rows join the caller's {@code DeferredInserts}.
     */
    Deadlines startNew(ClockStart start);

    /** Meets the first-response clock (late if past its deadline); on severity A starts the update clock. */
    Deadlines firstResponseGiven(UUID requestId, Instant at);

    /** A later public reply: the update clock restarts with its full cadence. */
    Deadlines updateGiven(UUID requestId, Instant at);

    /** Pauses the update clock (never the first-response clock) and starts the customer-wait timer. */
    Deadlines awaitingCustomer(UUID requestId, Instant at);

    /** Resumes the update clock with the time it had left and cancels the customer-wait timer. */
    Deadlines customerResponded(UUID requestId, Instant at);

    /** Recomputes the targets under the new severity's policy; a running first-response clock counts from receipt. */
    Deadlines severityChanged(UUID requestId, Severity newSeverity, Instant at);

    /** Resolved or closed: running and paused clocks stop and their timers are cancelled. */
    void stop(UUID requestId, Instant at);

    /** Reopened: the update clock restarts on severity A; the first response stays as it was. */
    Deadlines reopen(UUID requestId, Instant at);

    /** Where the request stands against its SLA at {@code now}; {@link SlaSummary#NONE} when it has no clocks. */
    SlaSummary summary(UUID requestId, Instant now);

    /** The summary of each of these requests that has clocks, by request id, read at once. */
    Map<UUID, SlaSummary> summaries(Collection<UUID> requestIds, Instant now);

    /** A request's clocks as they stand at {@code now}, with the timeline that explains them. */
    SlaState state(UUID requestId, Instant now);
}
