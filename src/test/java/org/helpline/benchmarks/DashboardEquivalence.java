package org.helpline.benchmarks;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.requests.AuthorSide;
import org.helpline.requests.MessageKind;
import org.helpline.requests.RequestMessageAdded;
import org.helpline.surveys.SurveyAnswered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proves on a sample that the dashboard's listeners build the same projections as the backfill: it
 * notes the counters of twenty days of one service of the organisation 'bench', removes them with
 * the rows they came from, announces each of those requests and answered surveys by an event, whose
 * listeners have written their rows when the announcing transaction commits, and compares.
 */
final class DashboardEquivalence {

    private static final String DAY_ROWS = """
            select bucket_day, severity, responded, met, breached, under_15m, under_1h, under_4h, under_24h, over_24h
            from dashboard_request_day where organisation_id = 'bench' and service_id = 'backup'
              and bucket_day >= ? and bucket_day <= ? order by bucket_day, severity""";
    private static final String REQUEST_ROWS = """
            select id, severity, received_at, first_response_due, first_response_at, breached, is_open, unanswered
            from dashboard_request where organisation_id = 'bench' and service_id = 'backup'
              and received_at >= ? and received_at < ? order by id""";
    private static final String SURVEY_DAY_ROWS = """
            select bucket_day, severity, agent_name, answers, rating_sum
            from dashboard_survey_day where organisation_id = 'bench' and service_id = 'backup'
              and bucket_day >= ? and bucket_day <= ? order by bucket_day, severity, agent_name""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DashboardEquivalence(ConfigurableApplicationContext app) {
        this.jdbc = app.getBean(JdbcTemplate.class);
        this.events = app;
        this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    }

    void check() {
        var to = LocalDate.now(ZoneOffset.UTC).minusDays(21);
        var from = to.minusDays(19);
        var start = Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC));
        var end = Timestamp.from(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        var days = jdbc.queryForList(DAY_ROWS, from, to);
        var requests = jdbc.queryForList(REQUEST_ROWS, start, end);
        var surveyDays = jdbc.queryForList(SURVEY_DAY_ROWS, from, to);
        var ids = jdbc.queryForList(
                "select id from dashboard_request where organisation_id = 'bench' and service_id = 'backup'"
                        + " and received_at >= ? and received_at < ?",
                UUID.class,
                start,
                end);
        var surveys = jdbc.queryForList("""
                select s.id, s.request_id, s.tenant_id, s.organisation_id, s.service_id, s.severity, s.agent_id,
                    s.agent_name, s.rating, s.answered_at
                from survey s where s.organisation_id = 'bench' and s.service_id = 'backup'
                  and s.answered_at >= ? and s.answered_at < ? and s.rating is not null""", start, end);
        transactions.executeWithoutResult(status -> {
            jdbc.update(
                    "delete from dashboard_request where organisation_id = 'bench' and service_id = 'backup'"
                            + " and received_at >= ? and received_at < ?",
                    start,
                    end);
            jdbc.update(
                    "delete from dashboard_request_day where organisation_id = 'bench' and service_id = 'backup'"
                            + " and bucket_day >= ? and bucket_day <= ?",
                    from,
                    to);
            surveys.forEach(s -> jdbc.update("delete from dashboard_survey where id = ?", s.get("id")));
            jdbc.update(
                    "delete from dashboard_survey_day where organisation_id = 'bench' and service_id = 'backup'"
                            + " and bucket_day >= ? and bucket_day <= ?",
                    from,
                    to);
        });
        long started = System.nanoTime();
        var tenant = jdbc.queryForObject("select id from tenant where name = 'Bench Tenant'", UUID.class);
        for (int i = 0; i < ids.size(); i += 500) {
            var batch = ids.subList(i, Math.min(ids.size(), i + 500));
            transactions.executeWithoutResult(status -> batch.forEach(id -> events.publishEvent(new RequestMessageAdded(
                    id,
                    tenant,
                    "bench",
                    "BN",
                    UUID.randomUUID(),
                    AuthorSide.SYSTEM,
                    MessageKind.SYSTEM,
                    false,
                    java.time.Instant.now()))));
        }
        for (int i = 0; i < surveys.size(); i += 500) {
            var batch = surveys.subList(i, Math.min(surveys.size(), i + 500));
            transactions.executeWithoutResult(status -> batch.forEach(s -> events.publishEvent(answered(s))));
        }
        System.out.printf(
                "equivalence: %d requests and %d answers of 20 days re-announced by events, handled in %d ms%n",
                ids.size(), surveys.size(), (System.nanoTime() - started) / 1_000_000);
        compare("dashboard_request_day", days, jdbc.queryForList(DAY_ROWS, from, to));
        compare("dashboard_request", requests, jdbc.queryForList(REQUEST_ROWS, start, end));
        compare("dashboard_survey_day", surveyDays, jdbc.queryForList(SURVEY_DAY_ROWS, from, to));
    }

    private static SurveyAnswered answered(Map<String, Object> s) {
        return new SurveyAnswered(
                (UUID) s.get("id"),
                (UUID) s.get("request_id"),
                (UUID) s.get("tenant_id"),
                (String) s.get("organisation_id"),
                (String) s.get("service_id"),
                (String) s.get("severity"),
                (UUID) s.get("agent_id"),
                (String) s.get("agent_name"),
                ((Number) s.get("rating")).intValue(),
                ((Timestamp) s.get("answered_at")).toInstant());
    }

    private static void compare(String table, List<Map<String, Object>> backfilled, List<Map<String, Object>> heard) {
        if (!backfilled.equals(heard)) {
            throw new IllegalStateException(table + " differs: backfill " + backfilled.size() + " rows, listeners "
                    + heard.size() + " rows; first backfill row " + (backfilled.isEmpty() ? null : backfilled.get(0))
                    + ", first listener row " + (heard.isEmpty() ? null : heard.get(0)));
        }
        System.out.printf("equivalence: %s identical (%d rows)%n", table, backfilled.size());
    }
}
