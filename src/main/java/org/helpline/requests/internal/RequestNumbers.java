package org.helpline.requests.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Hands out the human numbers of requests, unique per support organisation: {@code GL-2026-000123}.
 * The counter row of the organisation and year is locked by the increment until the intake
 * commits, so concurrent intakes wait for each other instead of taking the same number.
 */
@Repository
public class RequestNumbers {

    private final JdbcClient jdbc;

    RequestNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String next(String organisationId, Instant receivedAt) {
        int year = receivedAt.atZone(ZoneOffset.UTC).getYear();
        jdbc.sql("""
                insert into request_number (organisation_id, counter_year, last_value) values (:organisation, :year, 0)
                on conflict do nothing
                """)
                .param("organisation", organisationId).param("year", year)
                .update();
        jdbc.sql("""
                update request_number set last_value = last_value + 1
                where organisation_id = :organisation and counter_year = :year
                """)
                .param("organisation", organisationId).param("year", year)
                .update();
        long value = jdbc.sql("""
                select last_value from request_number where organisation_id = :organisation and counter_year = :year
                """)
                .param("organisation", organisationId).param("year", year)
                .query(Long.class)
                .single();
        return format(organisationId, year, value);
    }

    static String format(String organisationId, int year, long value) {
        var prefix = organisationId.length() <= 2 ? organisationId : organisationId.substring(0, 2);
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix.toUpperCase(Locale.ROOT), year, value);
    }
}
