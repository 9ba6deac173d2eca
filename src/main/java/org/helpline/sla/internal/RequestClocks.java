package org.helpline.sla.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.DeferredInserts;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores each request's SLA facts ({@code sla_request}) and clocks ({@code sla_clock}). New rows
 * join the caller's {@link DeferredInserts}.
 */
@Repository
class RequestClocks {

    private static final String REQUEST_COLUMNS = """
            tenant_id, request_id, organisation_id, category, severity, tenant_zone, received_at, awaiting_since,
            wait_timer, wait_due_at, closed_at""";
    private static final String REQUEST_VALUES = """
            (:tenant, :request, :org, :category, :severity, :zone, :received, :awaiting, :waitTimer, :waitDue,
             :closed)""";
    private static final String CLOCK_COLUMNS = """
            tenant_id, request_id, kind, id, state, target_seconds, calendar_time, calendar_id, started_at, due_at,
            remaining_seconds, met_at, breached_at""";

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    RequestClocks(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /** The SLA facts of a request that never had clocks (its id was just made), without looking for earlier ones. */
    public void insertNewRequest(RequestRecord request) {
        inserts.insert(
                "insert into sla_request (" + REQUEST_COLUMNS + ") values " + REQUEST_VALUES,
                requestParameters(request));
    }

    /** Inserts the request unless its clocks were started before; true when this call inserted it. */
    public boolean insertRequestIfAbsent(RequestRecord request) {
        return jdbc.sql("insert into sla_request (" + REQUEST_COLUMNS + ") values " + REQUEST_VALUES
                                + " on conflict do nothing")
                        .paramSource(requestParameters(request))
                        .update()
                == 1;
    }

    private static MapSqlParameterSource requestParameters(RequestRecord request) {
        return new MapSqlParameterSource()
                .addValue("tenant", request.tenantId())
                .addValue("request", request.requestId())
                .addValue("org", request.organisationId())
                .addValue("category", request.category().name())
                .addValue("severity", request.severity().name())
                .addValue("zone", request.tenantZone().getId())
                .addValue("received", timestamp(request.receivedAt()))
                .addValue("awaiting", timestamp(request.awaitingSince()))
                .addValue("waitTimer", request.waitTimer())
                .addValue("waitDue", timestamp(request.waitDue()))
                .addValue("closed", timestamp(request.closedAt()));
    }

    public Optional<RequestRecord> findRequest(UUID requestId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from sla_request where request_id = :request")
                .param("request", requestId)
                .query(RequestClocks::request)
                .optional();
    }

    /** The request, locked until the end of the transaction so that its clock changes happen one at a time. */
    public Optional<RequestRecord> lockRequest(UUID requestId) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from sla_request where request_id = :request for update")
                .param("request", requestId)
                .query(RequestClocks::request)
                .optional();
    }

    public void updateRequest(RequestRecord request) {
        jdbc.sql("""
                update sla_request set severity = :severity, awaiting_since = :awaiting, wait_timer = :waitTimer,
                       wait_due_at = :waitDue, closed_at = :closed
                where tenant_id = :tenant and request_id = :request
                """)
                .param("tenant", request.tenantId())
                .param("request", request.requestId())
                .param("severity", request.severity().name())
                .param("awaiting", timestamp(request.awaitingSince()))
                .param("waitTimer", request.waitTimer())
                .param("waitDue", timestamp(request.waitDue()))
                .param("closed", timestamp(request.closedAt()))
                .update();
    }

    /** Clears the customer-wait timer if it is still {@code timer} and due; true when this call did it. */
    public boolean takeDueWait(UUID requestId, String timer, Instant now) {
        return jdbc.sql("""
                update sla_request set wait_timer = null, wait_due_at = null
                where request_id = :request and wait_timer = :timer and wait_due_at <= :now
                """)
                        .param("request", requestId)
                        .param("timer", timer)
                        .param("now", timestamp(now))
                        .update()
                == 1;
    }

    public List<ClockRecord> clocks(UUID requestId) {
        return jdbc.sql("select " + CLOCK_COLUMNS + " from sla_clock where request_id = :request order by kind")
                .param("request", requestId)
                .query(RequestClocks::clock)
                .list();
    }

    /** The SLA facts of each of these requests that has clocks. */
    public List<RequestRecord> findRequests(Collection<UUID> requestIds) {
        return jdbc.sql("select " + REQUEST_COLUMNS + " from sla_request where request_id in (:requests)")
                .param("requests", requestIds)
                .query(RequestClocks::request)
                .list();
    }

    /** The clocks of each of these requests, by request id. */
    public Map<UUID, List<ClockRecord>> clocksOf(Collection<UUID> requestIds) {
        var clocks = new HashMap<UUID, List<ClockRecord>>();
        jdbc.sql("select " + CLOCK_COLUMNS + " from sla_clock where request_id in (:requests) order by kind")
                .param("requests", requestIds)
                .query(RequestClocks::clock)
                .list()
                .forEach(clock -> clocks.computeIfAbsent(clock.requestId(), id -> new ArrayList<>())
                        .add(clock));
        return clocks;
    }

    /** The running clocks due by {@code now}, earliest first, at most {@code limit}. */
    public List<UUID> runningDue(Instant now, int limit) {
        return jdbc.sql("""
                select id from sla_clock where state = 'RUNNING' and due_at <= :now
                order by due_at fetch first :limit rows only""")
                .param("now", timestamp(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    public Optional<ClockRecord> clock(UUID clockId) {
        return jdbc.sql("select " + CLOCK_COLUMNS + " from sla_clock where id = :id")
                .param("id", clockId)
                .query(RequestClocks::clock)
                .optional();
    }

    public void insertClock(ClockRecord clock) {
        insertClock(clock, null);
    }

    /** A new clock that owes an at-risk warning at {@code atRiskAt} (null for none). */
    public void insertClock(ClockRecord clock, Instant atRiskAt) {
        var parameters = clockParameters(clock).addValue("atRisk", timestamp(atRiskAt));
        inserts.insert("insert into sla_clock (" + CLOCK_COLUMNS + """
                , at_risk_at) values (:tenant, :request, :kind, :id, :state, :target, :calendarTime, :calendar, :started,
                          :due, :remaining, :met, :breached, :atRisk)
                """, parameters);
    }

    public void updateClock(ClockRecord clock) {
        jdbc.sql("""
                update sla_clock set state = :state, target_seconds = :target, calendar_time = :calendarTime,
                       calendar_id = :calendar, started_at = :started, due_at = :due, remaining_seconds = :remaining,
                       met_at = :met, breached_at = :breached,
                       at_risk_at = case when cast(:state as varchar(10)) = 'RUNNING' then at_risk_at end
                where tenant_id = :tenant and request_id = :request and kind = :kind and id = :id
                """).paramSource(clockParameters(clock)).update();
    }

    /**
     * Marks the clock breached if it still runs and is due by {@code now}; true when this call did
     * it, so a deadline is breached at most once.
     */
    public boolean breachIfDue(UUID clockId, Instant now) {
        return jdbc.sql("""
                update sla_clock set state = 'BREACHED', breached_at = due_at, at_risk_at = null
                where id = :id and state = 'RUNNING' and due_at <= :now
                """).param("id", clockId).param("now", timestamp(now)).update() == 1;
    }

    private static MapSqlParameterSource clockParameters(ClockRecord clock) {
        return new MapSqlParameterSource()
                .addValue("tenant", clock.tenantId())
                .addValue("request", clock.requestId())
                .addValue("kind", clock.kind().name())
                .addValue("id", clock.id())
                .addValue("state", clock.state().name())
                .addValue("target", clock.target().toSeconds())
                .addValue("calendarTime", clock.calendarTime())
                .addValue("calendar", clock.calendarId())
                .addValue("started", timestamp(clock.startedAt()))
                .addValue("due", timestamp(clock.due()))
                .addValue(
                        "remaining",
                        clock.remaining() == null ? null : clock.remaining().toSeconds())
                .addValue("met", timestamp(clock.metAt()))
                .addValue("breached", timestamp(clock.breachedAt()));
    }

    private static RequestRecord request(ResultSet rs, int row) throws SQLException {
        return new RequestRecord(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("organisation_id"),
                RequestCategory.valueOf(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")),
                ZoneId.of(rs.getString("tenant_zone")),
                instant(rs, "received_at"),
                instant(rs, "awaiting_since"),
                rs.getString("wait_timer"),
                instant(rs, "wait_due_at"),
                instant(rs, "closed_at"));
    }

    private static ClockRecord clock(ResultSet rs, int row) throws SQLException {
        var remaining = rs.getObject("remaining_seconds", Long.class);
        return new ClockRecord(
                rs.getObject("tenant_id", UUID.class),
                rs.getObject("request_id", UUID.class),
                ClockKind.valueOf(rs.getString("kind")),
                rs.getObject("id", UUID.class),
                ClockState.valueOf(rs.getString("state")),
                Duration.ofSeconds(rs.getLong("target_seconds")),
                rs.getBoolean("calendar_time"),
                rs.getString("calendar_id"),
                instant(rs, "started_at"),
                instant(rs, "due_at"),
                remaining == null ? null : Duration.ofSeconds(remaining),
                instant(rs, "met_at"),
                instant(rs, "breached_at"));
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
