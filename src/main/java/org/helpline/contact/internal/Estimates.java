package org.helpline.contact.internal;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every expected wait shown to a customer, with its inputs and, once answered, the wait that followed. */
@Repository
class Estimates {

    private final JdbcClient jdbc;

    Estimates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID tenantId, String organisationId, UUID callbackId, WaitTime wait) {
        var in = wait.inputs();
        jdbc.sql("""
                insert into contact_estimate (tenant_id, id, organisation_id, callback_id, method, language, shown_at,
                    arrivals, window_seconds, completed_contacts, mean_handle_seconds, handle_cv, agents, free_agents,
                    queue_position, lookahead_seconds, no_estimate_reason, point_seconds, low_seconds, high_seconds,
                    probability_of_waiting, steady_state_weight)
                values (:tenant, :id, :organisation, :callback, :method, :language, :shown, :arrivals, :window,
                    :completed, :handle, :cv, :agents, :free, :position, :lookahead, :reason, :point, :low, :high,
                    :pwait, :weight)
                """)
                .param("tenant", tenantId)
                .param("id", wait.estimateId())
                .param("organisation", organisationId)
                .param("callback", callbackId)
                .param("method", wait.method().name())
                .param("language", wait.language())
                .param("shown", Timestamps.of(wait.shownAt()))
                .param("arrivals", in.arrivals())
                .param("window", (int) in.windowSeconds())
                .param("completed", in.completedContacts())
                .param("handle", in.meanHandleSeconds())
                .param("cv", in.handleCv())
                .param("agents", in.agents())
                .param("free", in.freeAgents())
                .param("position", in.position())
                .param("lookahead", (int) in.lookaheadSeconds())
                .param("reason", wait.noEstimateReason())
                .param("point", wait.expectedSeconds())
                .param("low", wait.lowSeconds())
                .param("high", wait.highSeconds())
                .param("pwait", wait.probabilityOfWaiting())
                .param("weight", in.steadyStateWeight())
                .update();
    }

    /** Records, for every estimate shown for the callback, the wait from its showing to the answer. */
    public void answered(UUID callbackId, Instant answeredAt) {
        var shown = jdbc.sql(
                        "select tenant_id, id, shown_at from contact_estimate where callback_id = :callback and realized_seconds is null")
                .param("callback", callbackId)
                .query((rs, row) -> new Object[] {
                    rs.getObject("tenant_id", UUID.class),
                    rs.getObject("id", UUID.class),
                    Timestamps.instant(rs, "shown_at")
                })
                .list();
        for (var row : shown) {
            double seconds = Math.max(0, (answeredAt.toEpochMilli() - ((Instant) row[2]).toEpochMilli()) / 1000.0);
            jdbc.sql("update contact_estimate set realized_seconds = :seconds where tenant_id = :tenant and id = :id")
                    .param("seconds", seconds)
                    .param("tenant", row[0])
                    .param("id", row[1])
                    .update();
        }
    }

    /** Estimates with a range whose wait was measured since {@code since}, for the queue. */
    public Accuracy accuracy(QueueKey queue, Instant since) {
        return jdbc.sql("""
                select count(*) as measured, avg(abs(e.point_seconds - e.realized_seconds)) as mae,
                    avg(case when e.realized_seconds between e.low_seconds and e.high_seconds then 1.0 else 0.0 end) as inside
                from contact_estimate e join contact_callback c on c.id = e.callback_id
                where e.organisation_id = :organisation and e.language = :language and e.shown_at >= :since
                  and e.realized_seconds is not null and e.no_estimate_reason is null
                  and ((cast(:partner as uuid) is null and c.partner_id is null) or c.partner_id = :partner)
                """)
                .param("organisation", queue.organisationId())
                .param("language", queue.language())
                .param("since", Timestamps.of(since))
                .param("partner", queue.partnerId())
                .query((rs, row) -> {
                    int measured = rs.getInt("measured");
                    return measured == 0
                            ? new Accuracy(0, null, null)
                            : new Accuracy(measured, rs.getDouble("mae"), rs.getDouble("inside"));
                })
                .single();
    }
}
