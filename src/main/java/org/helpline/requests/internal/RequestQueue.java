package org.helpline.requests.internal;

import static org.helpline.requests.internal.ServiceRequests.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agents' queue: a query over the queue indexes, ordered by the nearest SLA deadline still owed
 * (none last), then by receipt and id, paged by keyset. Only conditions for the filters given are
 * added. The order columns ({@code queue_due_at}, {@code queue_risk_at}) are what sla's summary said
 * when the request last changed; a deadline is missed when its time has come, so "breached" here
 * means a missed deadline that is still owed, and "attention" an owed deadline that is at risk or missed.
 */
@Repository
class RequestQueue {

    private static final List<String> OPEN =
            List.of(RequestStatus.NEW.name(), RequestStatus.IN_PROGRESS.name(), RequestStatus.AWAITING_CUSTOMER.name());

    private final JdbcClient jdbc;

    RequestQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A request in the queue, with the deadline that placed it there. */
    record Queued(ServiceRequest request, Instant due) {}

    List<Queued> page(Viewer viewer, QueueFilter filter, QueueCursor after, Instant now, int limit) {
        var params = new HashMap<String, Object>();
        if (after == null) {
            return query(viewer, filter, now, null, params, limit);
        }
        params.put("afterReceived", timestamp(after.receivedAt()));
        params.put("afterId", after.id());
        var tie = "(r.received_at > :afterReceived or (r.received_at = :afterReceived and r.id > :afterId))";
        if (after.dueAt() == null) {
            return query(
                    viewer,
                    filter,
                    now,
                    "r.queue_due_at is null and r.received_at >= :afterReceived and " + tie,
                    params,
                    limit);
        }
        params.put("afterDue", timestamp(after.dueAt()));
        var withDeadline = query(
                viewer,
                filter,
                now,
                "r.queue_due_at >= :afterDue and (r.queue_due_at > :afterDue or " + tie + ")",
                params,
                limit);
        if (withDeadline.size() >= limit) {
            return withDeadline;
        }
        var rest = new ArrayList<>(withDeadline);
        rest.addAll(query(viewer, filter, now, "r.queue_due_at is null", params, limit - withDeadline.size()));
        return rest;
    }

    /**
     * A page of the queue in another order than by deadline, by offset: the order columns are not
     * unique, so an offset is what keeps the pages apart.
     */
    List<ServiceRequest> ordered(
            Viewer viewer, QueueFilter filter, QueueOrder order, Instant now, int offset, int limit) {
        var conditions = new ArrayList<String>(List.of(viewer.clause()));
        var params = new HashMap<String, Object>();
        filters(viewer, filter, now, conditions, params);
        var sql = "select " + ServiceRequests.COLUMNS + " from service_request r where "
                + String.join(" and ", conditions)
                + " order by " + order.sql() + " offset :offset rows fetch next :limit rows only";
        return viewer.bind(jdbc.sql(sql))
                .params(params)
                .param("offset", offset)
                .param("limit", limit)
                .query(ServiceRequests::map)
                .list();
    }

    /**
     * One indexed query. The keyset condition starts with a bound on the leading order column
     * ({@code queue_due_at >= ...}, or {@code is null} for the requests without a deadline, which come
     * last), so the index scan starts at the cursor instead of filtering every earlier row; a page
     * that reaches past the last deadline is completed by a second query over those without one.
     */
    private List<Queued> query(
            Viewer viewer,
            QueueFilter filter,
            Instant now,
            String keyset,
            Map<String, Object> keysetParams,
            int limit) {
        var conditions = new ArrayList<String>(List.of(viewer.clause()));
        var params = new HashMap<>(keysetParams);
        filters(viewer, filter, now, conditions, params);
        if (keyset != null) {
            conditions.add(keyset);
        }
        var sql = "select " + ServiceRequests.COLUMNS + ", r.queue_due_at from service_request r where "
                + String.join(" and ", conditions)
                + " order by r.queue_due_at asc nulls last, r.received_at asc, r.id asc fetch first :limit rows only";
        return viewer.bind(jdbc.sql(sql))
                .params(params)
                .param("limit", limit)
                .query((rs, row) ->
                        new Queued(ServiceRequests.map(rs, row), ServiceRequests.instant(rs, "queue_due_at")))
                .list();
    }

    private static void filters(
            Viewer viewer, QueueFilter filter, Instant now, List<String> conditions, Map<String, Object> params) {
        conditions.add("r.status in (:statuses)");
        params.put(
                "statuses",
                filter.status() == null ? OPEN : List.of(filter.status().name()));
        optional(
                conditions,
                params,
                "r.severity = :severity",
                "severity",
                filter.severity() == null ? null : filter.severity().name());
        optional(conditions, params, "r.service_id = :service", "service", filter.serviceId());
        optional(conditions, params, "r.contact_language = :language", "language", filter.language());
        if (filter.breached()) {
            conditions.add("r.queue_due_at <= :now");
            params.put("now", timestamp(now));
        }
        if (filter.atRisk()) {
            conditions.add("r.queue_risk_at <= :now and r.queue_due_at > :now");
            params.put("now", timestamp(now));
        }
        if (filter.attention()) {
            conditions.add("r.queue_risk_at <= :now");
            params.put("now", timestamp(now));
        }
        assignee(viewer, filter.assignee(), conditions, params);
    }

    private static void assignee(Viewer viewer, String assignee, List<String> conditions, Map<String, Object> params) {
        if ("unassigned".equals(assignee)) {
            conditions.add("r.assignee_id is null");
        } else if ("mine".equals(assignee)) {
            conditions.add("r.assignee_id = :me");
            params.put("me", viewer.userId());
        } else if (!viewer.supervisor()) {
            conditions.add("(r.assignee_id is null or r.assignee_id = :me)");
            params.put("me", viewer.userId());
        }
    }

    private static void optional(
            List<String> conditions, Map<String, Object> params, String condition, String name, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add(condition);
            params.put(name, value);
        }
    }
}
