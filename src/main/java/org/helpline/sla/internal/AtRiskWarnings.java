package org.helpline.sla.internal;

import static org.helpline.sla.internal.RequestClocks.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.sla.ClockKind;
import org.helpline.sla.SlaAtRisk;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The at-risk columns of {@code sla_clock}: {@code at_risk_at} is set while a warning is owed,
 * {@code at_risk_warned_at} once it was given. Claims are conditional updates, so two nodes never
 * warn about the same crossing.
 */
@Repository
class AtRiskWarnings {

    private final JdbcClient jdbc;

    AtRiskWarnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh crossing ahead: owed at {@code atRisk}, any earlier warning forgotten. */
    void arm(UUID clockId, Instant atRisk) {
        jdbc.sql("update sla_clock set at_risk_at = :at, at_risk_warned_at = null where id = :id")
                .param("id", clockId)
                .param("at", timestamp(atRisk))
                .update();
    }

    /** Already at risk: owed at {@code atRisk} unless this crossing was warned about before. */
    void armUnlessWarned(UUID clockId, Instant atRisk) {
        jdbc.sql("update sla_clock set at_risk_at = :at where id = :id and at_risk_warned_at is null")
                .param("id", clockId)
                .param("at", timestamp(atRisk))
                .update();
    }

    void disarm(UUID clockId) {
        jdbc.sql("update sla_clock set at_risk_at = null where id = :id and at_risk_at is not null")
                .param("id", clockId)
                .update();
    }

    /** Clocks whose warning is due by {@code now}, oldest first (uses the index on {@code at_risk_at}). */
    List<UUID> due(Instant now, int limit) {
        return jdbc.sql("select id from sla_clock where at_risk_at <= :now order by at_risk_at fetch first " + limit
                        + " rows only")
                .param("now", timestamp(now))
                .query(UUID.class)
                .list();
    }

    /** Takes the warning of a clock that still runs unmet and is not yet due; true when this call did. */
    boolean claim(UUID clockId, Instant now) {
        return jdbc.sql("""
                update sla_clock set at_risk_warned_at = :now, at_risk_at = null
                where id = :id and at_risk_at <= :now and state = 'RUNNING' and due_at > :now
                """).param("id", clockId).param("now", timestamp(now)).update() == 1;
    }

    /** Drops a warning that can no longer be given (the clock stopped running or its deadline passed). */
    void dropStale(UUID clockId, Instant now) {
        jdbc.sql("""
                update sla_clock set at_risk_at = null
                where id = :id and at_risk_at <= :now and (state <> 'RUNNING' or due_at <= :now)
                """).param("id", clockId).param("now", timestamp(now)).update();
    }

    /** The event for a claimed clock. */
    Optional<SlaAtRisk> event(UUID clockId, Instant now) {
        return jdbc.sql("""
                select c.request_id, c.tenant_id, r.organisation_id, c.kind, c.due_at
                from sla_clock c join sla_request r on r.request_id = c.request_id
                where c.id = :id
                """)
                .param("id", clockId)
                .query((rs, n) -> new SlaAtRisk(
                        rs.getObject("request_id", UUID.class),
                        rs.getObject("tenant_id", UUID.class),
                        rs.getString("organisation_id"),
                        ClockKind.valueOf(rs.getString("kind")),
                        RequestClocks.instant(rs, "due_at"),
                        now))
                .optional();
    }
}
