package org.helpline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.helpline.ApiClient;
import org.helpline.HelplineApplication;
import org.helpline.dashboard.internal.Chart;
import org.helpline.dashboard.internal.DashboardFilter;
import org.helpline.dashboard.internal.DashboardManagement;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first start of the embedded default writes a history that the dashboard and the contact
 * pane show at once; a second start on the same database writes none. The history is shorter than
 * the default (62 days instead of 90) to keep the test quicker, and long enough for every figure.
 * Nothing of the history is sent: the outbox stays empty.
 */
class DemoHistoryIntegrationTests {

    private static final int DAYS = 62;

    @TempDir
    Path directory;

    @Test
    void theFirstStartShowsFiguresAndASecondStartWritesNoHistory() {
        var url = "jdbc:h2:file:" + directory.resolve("helpline")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        long requests;
        try (var first = start(url)) {
            var jdbc = first.getBean(JdbcClient.class);
            requests = count(jdbc, "select count(*) from service_request");
            assertThat(requests).isGreaterThan(DAYS * 15L);
            assertThat(daysWithRequests(jdbc)).isGreaterThanOrEqualTo(60);

            var dashboard = first.getBean(DashboardManagement.class);
            var today = LocalDate.now(ZoneOffset.UTC);
            var filter = new DashboardFilter(today.minusDays(DAYS), today, null);
            var attainment = values(dashboard.chart(supervisor(jdbc), filter, "attainment"));
            assertThat(attainment)
                    .isNotEmpty()
                    .allSatisfy(value -> assertThat(value).isBetween(0.0, 100.0));
            double mean = attainment.stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            assertThat(mean).isGreaterThan(0).isLessThan(100);
            assertThat(values(dashboard.chart(supervisor(jdbc), filter, "satisfaction")))
                    .isNotEmpty()
                    .allSatisfy(rating -> assertThat(rating).isBetween(1.0, 5.0));
            assertThat(count(jdbc, "select count(*) from survey where answered_at is not null"))
                    .isGreaterThan(DAYS);
            assertThat(
                            count(
                                    jdbc,
                                    "select count(*) from health_issue where organisation_id = 'cn' and resolved_at is not null"))
                    .as("the regional operator's incidents, declared and resolved in the history")
                    .isGreaterThanOrEqualTo(2);
            // An SLA alert is about a clock at risk now (a demo request still open today), not the past.
            assertThat(count(jdbc, "select count(*) from notify_message where template <> 'alerts/mail'"))
                    .as(
                            "nobody is sent today what happened in the history: %s",
                            jdbc.sql("select template || ' to ' || recipient from notify_message")
                                    .query(String.class)
                                    .list())
                    .isZero();

            int port = first.getEnvironment().getProperty("local.server.port", Integer.class);
            var wait = ApiClient.as(port, "admin@contoso.example").get("/api/v1/contact/wait-time?method=CALLBACK");
            assertThat(wait.status()).isEqualTo(200);
            assertThat(wait.json().get("available").asBoolean()).isTrue();
            assertThat(wait.json().get("inputs").get("completedContacts").asInt())
                    .isGreaterThanOrEqualTo(10);
        }

        try (var second = start(url)) {
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(count(jdbc, "select count(*) from service_request")).isEqualTo(requests);
            assertThat(count(jdbc, "select count(*) from app_user where login = 'orgadmin@helpline.example'"))
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HelplineApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--helpline.demo-data=true",
                        "--helpline.demo.history-days=" + DAYS);
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The days (UTC) on which the provider's tenants filed at least one request, as the dashboard counts them. */
    private static long daysWithRequests(JdbcClient jdbc) {
        return jdbc
                .sql("select received_at from dashboard_request where organisation_id = 'global'")
                .query(Timestamp.class)
                .list()
                .stream()
                .map(at -> LocalDate.ofInstant(at.toInstant(), ZoneOffset.UTC))
                .distinct()
                .count();
    }

    private static List<Double> values(Chart chart) {
        return chart.series().stream()
                .flatMap(series -> series.values().stream())
                .filter(Objects::nonNull)
                .toList();
    }

    private static HelplineUser supervisor(JdbcClient jdbc) {
        var id = jdbc.sql("select id from app_user where login = 'supervisor@helpline.example'")
                .query(UUID.class)
                .single();
        var account = new HelplineUser.Account(
                id,
                "supervisor@helpline.example",
                "Sylvia Supervisor",
                Set.of(Role.SUPERVISOR),
                null,
                "global",
                null,
                null,
                Locale.ENGLISH,
                ZoneId.of("Europe/Warsaw"));
        return new HelplineUser(account, null, true, false);
    }
}
