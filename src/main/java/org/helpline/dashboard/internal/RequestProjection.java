package org.helpline.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import org.helpline.dashboard.internal.RequestRow.DayCounts;
import org.helpline.platform.DeferredInserts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes {@code dashboard_request} and the day counters derived from it. A request's row is locked,
 * its old share of the counters taken away and its new share added, so bringing a row to the state
 * it already has changes nothing: replayed events never count twice.
 */
@Repository
class RequestProjection {

    private static final String[] TOOK = {"under_15m", "under_1h", "under_4h", "under_24h", "over_24h"};

    private static final String INSERT_ROW = """
            insert into dashboard_request (id, organisation_id, service_id, severity, received_at,
                first_response_due, first_response_at, breached, is_open, unanswered)
            values (:id, :organisation, :service, :severity, :received, :due, :responded, :breached,
                :open, :unanswered)
            on conflict do nothing
            """;
    private static final String INSERT_DAY = """
            insert into dashboard_request_day (organisation_id, bucket_day, service_id, severity, responded, met,
                breached, under_15m, under_1h, under_4h, under_24h, over_24h)
            values (:organisation, :day, :service, :severity, 0, 0, 0, 0, 0, 0, 0, 0)
            on conflict do nothing
            """;

    private final JdbcClient jdbc;
    private final DeferredInserts inserts;

    RequestProjection(JdbcClient jdbc, DeferredInserts inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    /**
     * Brings the request's row and counters to {@code latest}; call inside a transaction. A breach
     * stays: a request once breached is never unbreached.
     */
    public void save(RequestRow latest) {
        var before = locked(latest.id());
        if (before.isEmpty() && insert(latest)) {
            add(latest.counts(), 1);
            return;
        }
        var old = before.or(() -> locked(latest.id())).orElseThrow();
        var current = old.breached() ? latest.breachedToo() : latest;
        if (old.equals(current)) {
            return;
        }
        update(current);
        var removed = old.counts();
        var added = current.counts();
        if (!removed.equals(added)) {
            add(removed, -1);
            add(added, 1);
        }
    }

    /**
     * Projects a request as it is filed. It counts nothing yet (no response, no breach), so its row and
     * its day's row only need to exist: both inserts leave a row that is there already, and go to the
     * database with the filing's other rows ({@link DeferredInserts}). Anything else takes {@link #save}.
     */
    public void saveNew(RequestRow row) {
        var counts = row.counts();
        if (!counts.countsNothing()) {
            save(row);
            return;
        }
        inserts.insert(INSERT_ROW, new MapSqlParameterSource(values(row)));
        inserts.insert(INSERT_DAY, dayOf(counts));
    }

    public Optional<RequestRow> find(UUID id) {
        return jdbc.sql("""
                select id, organisation_id, service_id, severity, received_at, first_response_due, first_response_at,
                    breached, is_open
                from dashboard_request where id = :id
                """).param("id", id).query(RequestProjection::row).optional();
    }

    private Optional<RequestRow> locked(UUID id) {
        return jdbc.sql("""
                select id, organisation_id, service_id, severity, received_at, first_response_due, first_response_at,
                    breached, is_open
                from dashboard_request where id = :id for update
                """).param("id", id).query(RequestProjection::row).optional();
    }

    private boolean insert(RequestRow row) {
        return jdbc.sql(INSERT_ROW).params(values(row)).update() == 1;
    }

    private void update(RequestRow row) {
        jdbc.sql("""
                update dashboard_request set organisation_id = :organisation, service_id = :service,
                    severity = :severity, received_at = :received, first_response_due = :due,
                    first_response_at = :responded, breached = :breached, is_open = :open, unanswered = :unanswered
                where id = :id
                """).params(values(row)).update();
    }

    private void add(DayCounts counts, int sign) {
        jdbc.sql(INSERT_DAY).paramSource(dayOf(counts)).update();
        if (counts.countsNothing()) {
            return;
        }
        var took = counts.took() < 0 ? "" : ", " + TOOK[counts.took()] + " = " + TOOK[counts.took()] + " + :sign";
        jdbc.sql("""
                update dashboard_request_day set responded = responded + :responded, met = met + :met,
                    breached = breached + :breached%s
                where organisation_id = :organisation and bucket_day = :day and service_id = :service
                    and severity = :severity
                """.formatted(took))
                .param("responded", sign * counts.responded())
                .param("met", sign * counts.met())
                .param("breached", sign * counts.breached())
                .param("sign", sign)
                .param("organisation", counts.organisationId())
                .param("day", counts.day())
                .param("service", counts.serviceId())
                .param("severity", counts.severity())
                .update();
    }

    private static MapSqlParameterSource dayOf(DayCounts counts) {
        return new MapSqlParameterSource()
                .addValue("organisation", counts.organisationId())
                .addValue("day", counts.day())
                .addValue("service", counts.serviceId())
                .addValue("severity", counts.severity());
    }

    private static HashMap<String, Object> values(RequestRow row) {
        var values = new HashMap<String, Object>();
        values.put("id", row.id());
        values.put("organisation", row.organisationId());
        values.put("service", row.serviceId());
        values.put("severity", row.severity());
        values.put("received", at(row.receivedAt()));
        values.put("due", at(row.firstResponseDue()));
        values.put("responded", at(row.firstResponseAt()));
        values.put("breached", row.breached());
        values.put("open", row.open());
        values.put("unanswered", row.unanswered());
        return values;
    }

    private static RequestRow row(ResultSet rs, int n) throws SQLException {
        return new RequestRow(
                rs.getObject("id", UUID.class),
                rs.getString("organisation_id"),
                rs.getString("service_id"),
                rs.getString("severity"),
                instant(rs, "received_at"),
                instant(rs, "first_response_due"),
                instant(rs, "first_response_at"),
                rs.getBoolean("breached"),
                rs.getBoolean("is_open"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
