package org.helpline.dashboard.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The chart queries over the dashboard's own projections (see {@link RequestProjection} and {@link
 * SurveyProjection}), always of one support organisation and days [from, to] in UTC, optionally one
 * service. Each reads day counters or the few requests still open or unanswered, never every request.
 */
@Repository
class ReportingRows {

    private static final String SERVICE = " and (cast(:service as varchar(40)) is null or service_id = :service)";
    private static final String DAYS = "organisation_id = :organisation and bucket_day >= :from and bucket_day <= :to";

    private final JdbcClient jdbc;

    ReportingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per day of receipt and severity: first responses counted (given, or due by {@code now}) and met. */
    public List<Tally> attainment(String organisationId, LocalDate from, LocalDate to, String serviceId, Instant now) {
        var all = new ArrayList<>(given(organisationId, from, to, serviceId));
        all.addAll(overdue(organisationId, from, to, serviceId, now));
        return all;
    }

    private List<Tally> given(String organisationId, LocalDate from, LocalDate to, String serviceId) {
        return bind(
                        jdbc.sql("select bucket_day, severity, sum(responded) as n, sum(met) as m"
                                + " from dashboard_request_day where " + DAYS + SERVICE
                                + " group by bucket_day, severity"),
                        organisationId,
                        from,
                        to,
                        serviceId)
                .query((rs, n) -> new Tally(
                        rs.getObject("bucket_day", LocalDate.class),
                        rs.getString("severity"),
                        rs.getLong("n"),
                        rs.getLong("m")))
                .list();
    }

    /** Unanswered first responses past due at {@code now}, one tally each: the projection holds few of them. */
    private List<Tally> overdue(String organisationId, LocalDate from, LocalDate to, String serviceId, Instant now) {
        return bind(jdbc.sql("""
                                select received_at, severity from dashboard_request
                                where organisation_id = :organisation and unanswered = true
                                  and received_at >= :start and received_at < :end and first_response_due <= :now
                                """ + SERVICE), organisationId, from, to, serviceId)
                .param("start", RequestProjection.at(from.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("end", RequestProjection.at(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .param("now", RequestProjection.at(now))
                .query((rs, n) -> new Tally(
                        LocalDate.ofInstant(RequestProjection.instant(rs, "received_at"), ZoneOffset.UTC),
                        rs.getString("severity"),
                        1,
                        0))
                .list();
    }

    /** Per day of receipt, the requests that breached a deadline. */
    public List<Tally> breaches(String organisationId, LocalDate from, LocalDate to, String serviceId) {
        return bind(
                        jdbc.sql("select bucket_day, sum(breached) as n from dashboard_request_day where " + DAYS
                                + SERVICE + " group by bucket_day"),
                        organisationId,
                        from,
                        to,
                        serviceId)
                .query((rs, n) -> new Tally(rs.getObject("bucket_day", LocalDate.class), null, rs.getLong("n"), 0))
                .list();
    }

    /** First responses to requests received in the period, by how long they took ({@link Figures#RESPONSE_TIMES}). */
    public long[] responseTimes(String organisationId, LocalDate from, LocalDate to, String serviceId) {
        return bind(jdbc.sql("""
                                select coalesce(sum(under_15m), 0) as t0, coalesce(sum(under_1h), 0) as t1,
                                    coalesce(sum(under_4h), 0) as t2, coalesce(sum(under_24h), 0) as t3,
                                    coalesce(sum(over_24h), 0) as t4
                                from dashboard_request_day where """ + " " + DAYS + SERVICE), organisationId, from, to, serviceId)
                .query((rs, n) -> new long[] {
                    rs.getLong("t0"), rs.getLong("t1"), rs.getLong("t2"), rs.getLong("t3"), rs.getLong("t4")
                })
                .single();
    }

    /** Open requests by severity (key) and age ({@code sum}: the index in {@link Figures#AGES}) at {@code now}. */
    public List<Tally> backlog(String organisationId, String serviceId, Instant now) {
        return jdbc.sql("""
                        select severity, age, count(*) as n from (
                            select severity, case when received_at > :day then 0 when received_at > :days3 then 1
                                when received_at > :days7 then 2 else 3 end as age
                            from dashboard_request
                            where organisation_id = :organisation and is_open = true""" + SERVICE + """
                        ) open_requests
                        group by severity, age
                        """)
                .param("organisation", organisationId)
                .param("service", serviceId)
                .param("day", RequestProjection.at(now.minus(Duration.ofHours(24))))
                .param("days3", RequestProjection.at(now.minus(Duration.ofHours(72))))
                .param("days7", RequestProjection.at(now.minus(Duration.ofHours(168))))
                .query((rs, n) -> new Tally(null, rs.getString("severity"), rs.getLong("n"), rs.getLong("age")))
                .list();
    }

    /**
     * Answers and the sum of their ratings per day of answering ({@code by} null) or per {@code
     * agent_name}, {@code service_id} or {@code severity} ("" when none).
     */
    public List<Tally> ratings(String organisationId, LocalDate from, LocalDate to, String serviceId, String by) {
        if (by != null && !List.of("agent_name", "service_id", "severity").contains(by)) {
            throw new IllegalArgumentException(by);
        }
        var group = by == null ? "bucket_day" : by;
        return bind(
                        jdbc.sql("select " + group + " as g, sum(answers) as n, sum(rating_sum) as s"
                                + " from dashboard_survey_day where " + DAYS + SERVICE + " group by " + group),
                        organisationId,
                        from,
                        to,
                        serviceId)
                .query((rs, n) -> new Tally(
                        by == null ? rs.getObject("g", LocalDate.class) : null,
                        by == null ? null : rs.getString("g"),
                        rs.getLong("n"),
                        rs.getLong("s")))
                .list();
    }

    /** The services the organisation's requests name, for the filter. */
    public List<String> services(String organisationId) {
        return jdbc.sql("""
                select distinct service_id from dashboard_request_day
                where organisation_id = :organisation and service_id <> '' order by service_id
                """)
                .param("organisation", organisationId)
                .query(String.class)
                .list();
    }

    private static StatementSpec bind(
            StatementSpec sql, String organisationId, LocalDate from, LocalDate to, String serviceId) {
        return sql.param("organisation", organisationId)
                .param("from", from)
                .param("to", to)
                .param("service", serviceId);
    }
}
