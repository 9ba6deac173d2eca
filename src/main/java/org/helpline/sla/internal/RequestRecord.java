package org.helpline.sla.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * What a request's clocks were computed from, whether it waits for the customer (and the
 * customer-wait timer that lowers its severity), and whether it is closed.
 */
record RequestRecord(
        UUID tenantId,
        UUID requestId,
        String organisationId,
        RequestCategory category,
        Severity severity,
        ZoneId tenantZone,
        Instant receivedAt,
        Instant awaitingSince,
        String waitTimer,
        Instant waitDue,
        Instant closedAt) {

    public RequestRecord withSeverity(Severity newSeverity) {
        return new RequestRecord(
                tenantId,
                requestId,
                organisationId,
                category,
                newSeverity,
                tenantZone,
                receivedAt,
                awaitingSince,
                waitTimer,
                waitDue,
                closedAt);
    }

    public RequestRecord withWait(Instant since, String timer, Instant due) {
        return new RequestRecord(
                tenantId,
                requestId,
                organisationId,
                category,
                severity,
                tenantZone,
                receivedAt,
                since,
                timer,
                due,
                closedAt);
    }

    public RequestRecord withClosedAt(Instant closed) {
        return new RequestRecord(
                tenantId,
                requestId,
                organisationId,
                category,
                severity,
                tenantZone,
                receivedAt,
                awaitingSince,
                waitTimer,
                waitDue,
                closed);
    }
}
