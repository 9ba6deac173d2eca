package org.helpline.dashboard.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only reporting SQL over the tables of {@code requests} ({@code service_request}) and
 * {@code surveys} ({@code survey}), always filtered on one support organisation. Reporting reads
 * the tables directly because the modules' public services page through single requests for a
 * signed-in reader; nothing here writes.
 */
@Repository
public class ReportingRows {

    private final JdbcClient jdbc;

    ReportingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests of the organisation received in [from, to). */
    public List<RequestFact> received(String organisationId, Instant from, Instant to, String serviceId) {
        return jdbc.sql("""
                select severity, status, received_at, first_response_due, first_response_at, breached
                from service_request
                where organisation_id = :organisation and received_at >= :from and received_at < :to
                  and (cast(:service as varchar(40)) is null or service_id = :service)
                """)
                .param("organisation", organisationId)
                .param("from", at(from))
                .param("to", at(to))
                .param("service", serviceId)
                .query(ReportingRows::request)
                .list();
    }

    /** The organisation's requests still open now, whenever they were received. */
    public List<RequestFact> open(String organisationId, String serviceId) {
        return jdbc.sql("""
                select severity, status, received_at, first_response_due, first_response_at, breached
                from service_request
                where organisation_id = :organisation and status not in ('RESOLVED', 'CLOSED')
                  and (cast(:service as varchar(40)) is null or service_id = :service)
                """)
                .param("organisation", organisationId)
                .param("service", serviceId)
                .query(ReportingRows::request)
                .list();
    }

    /** Surveys of the organisation answered in [from, to). */
    public List<SurveyFact> answered(String organisationId, Instant from, Instant to, String serviceId) {
        return jdbc.sql("""
                select answered_at, rating, agent_name, service_id, severity
                from survey
                where organisation_id = :organisation and answered_at >= :from and answered_at < :to
                  and (cast(:service as varchar(40)) is null or service_id = :service)
                """)
                .param("organisation", organisationId)
                .param("from", at(from))
                .param("to", at(to))
                .param("service", serviceId)
                .query((rs, n) -> new SurveyFact(
                        instant(rs, "answered_at"),
                        rs.getInt("rating"),
                        rs.getString("agent_name"),
                        rs.getString("service_id"),
                        rs.getString("severity")))
                .list();
    }

    /** The services the organisation's requests name, for the filter. */
    public List<String> services(String organisationId) {
        return jdbc.sql("""
                select distinct service_id from service_request
                where organisation_id = :organisation and service_id is not null order by service_id
                """)
                .param("organisation", organisationId)
                .query(String.class)
                .list();
    }

    private static RequestFact request(ResultSet rs, int n) throws SQLException {
        return new RequestFact(
                rs.getString("severity"),
                rs.getString("status"),
                instant(rs, "received_at"),
                instant(rs, "first_response_due"),
                instant(rs, "first_response_at"),
                rs.getBoolean("breached"));
    }

    private static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
