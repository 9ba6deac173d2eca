package org.helpline.dashboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts answered surveys into {@code dashboard_survey_day}. An answer never changes, so each is
 * counted once: its id in {@code dashboard_survey} makes a replayed event do nothing.
 */
@Repository
class SurveyProjection {

    private final JdbcClient jdbc;

    SurveyProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts the answer unless it was counted before; call inside a transaction. */
    public void answered(
            UUID surveyId,
            String organisationId,
            String serviceId,
            String severity,
            String agentName,
            int rating,
            Instant answeredAt) {
        var first = jdbc.sql("""
                        insert into dashboard_survey (id, organisation_id, answered_at)
                        values (:id, :organisation, :answered)
                        on conflict do nothing
                        """)
                        .param("id", surveyId)
                        .param("organisation", organisationId)
                        .param("answered", RequestProjection.at(answeredAt))
                        .update()
                == 1;
        if (!first) {
            return;
        }
        var day = LocalDate.ofInstant(answeredAt, ZoneOffset.UTC);
        var service = serviceId == null ? "" : serviceId;
        var agent = agentName == null ? "" : agentName;
        jdbc.sql("""
                insert into dashboard_survey_day (organisation_id, bucket_day, service_id, severity, agent_name,
                    answers, rating_sum)
                values (:organisation, :day, :service, :severity, :agent, 0, 0)
                on conflict do nothing
                """)
                .param("organisation", organisationId)
                .param("day", day)
                .param("service", service)
                .param("severity", severity)
                .param("agent", agent)
                .update();
        jdbc.sql("""
                update dashboard_survey_day set answers = answers + 1, rating_sum = rating_sum + :rating
                where organisation_id = :organisation and bucket_day = :day and service_id = :service
                    and severity = :severity and agent_name = :agent
                """)
                .param("rating", rating)
                .param("organisation", organisationId)
                .param("day", day)
                .param("service", service)
                .param("severity", severity)
                .param("agent", agent)
                .update();
    }
}
