package org.helpline.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A request as the dashboard keeps it: one row of {@code dashboard_request}; {@code serviceId} is "" for none. */
record RequestRow(
        UUID id,
        String organisationId,
        String serviceId,
        String severity,
        Instant receivedAt,
        Instant firstResponseDue,
        Instant firstResponseAt,
        boolean breached,
        boolean open) {

    /** Due and not given: counted by the attainment chart once its deadline has passed. */
    public boolean unanswered() {
        return firstResponseAt == null && firstResponseDue != null;
    }

    public RequestRow breachedToo() {
        return new RequestRow(
                id, organisationId, serviceId, severity, receivedAt, firstResponseDue, firstResponseAt, true, open);
    }

    /** What the row adds to the counters of its day of receipt. */
    DayCounts counts() {
        var responded = firstResponseAt != null && firstResponseDue != null;
        var met = responded && !firstResponseAt.isAfter(firstResponseDue);
        var took = firstResponseAt == null ? -1 : responseBucket(Duration.between(receivedAt, firstResponseAt));
        return new DayCounts(
                organisationId,
                LocalDate.ofInstant(receivedAt, ZoneOffset.UTC),
                serviceId,
                severity,
                responded ? 1 : 0,
                met ? 1 : 0,
                breached ? 1 : 0,
                took);
    }

    /** The bucket of {@link Figures#RESPONSE_TIMES} a first response that took this long falls into. */
    static int responseBucket(Duration took) {
        var minutes = took.toMinutes();
        return minutes < 15 ? 0 : minutes < 60 ? 1 : minutes < 240 ? 2 : minutes < 1440 ? 3 : 4;
    }

    /** One request's share of a row of {@code dashboard_request_day}; {@code took} is -1 without a response. */
    record DayCounts(
            String organisationId,
            LocalDate day,
            String serviceId,
            String severity,
            int responded,
            int met,
            int breached,
            int took) {

        /** A request not yet answered nor breached: its day's row needs to exist, not to change (an update locks it). */
        boolean countsNothing() {
            return responded == 0 && met == 0 && breached == 0 && took < 0;
        }

        boolean sameBucket(DayCounts other) {
            return organisationId.equals(other.organisationId)
                    && day.equals(other.day)
                    && serviceId.equals(other.serviceId)
                    && severity.equals(other.severity);
        }
    }
}
