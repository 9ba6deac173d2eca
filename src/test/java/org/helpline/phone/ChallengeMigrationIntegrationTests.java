package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.helpline.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V86 on a database that already has challenges: each one gets the agent of its call, so the
 * per-agent limit counts the codes sent before it, and the code hash column takes a key id.
 */
class ChallengeMigrationIntegrationTests {

    private static final String COMMON = "classpath:db/migration/common";

    @Test
    void existingChallengesGetTheAgentOfTheirCallOnH2() {
        var url = "jdbc:h2:mem:challenge-migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        check(dataSource, "", flyway(dataSource).locations(COMMON, "classpath:db/migration/h2"));
    }

    @Test
    void existingChallengesGetTheAgentOfTheirCallOnPostgres() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "HELPLINE_TEST_POSTGRES_URL is not set");
        var properties = TestDatabase.properties();
        var dataSource = new DriverManagerDataSource(
                (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
        var schema = "challenge_migration_" + UUID.randomUUID().toString().replace("-", "");
        try {
            check(
                    dataSource,
                    schema + ".",
                    flyway(dataSource)
                            .schemas(schema)
                            .createSchemas(true)
                            .locations(COMMON, "classpath:db/migration/postgresql"));
        } finally {
            JdbcClient.create(dataSource)
                    .sql("drop schema if exists " + schema + " cascade")
                    .update();
        }
    }

    private static FluentConfiguration flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).failOnMissingLocations(false);
    }

    private static void check(DataSource dataSource, String schema, FluentConfiguration flyway) {
        var v86 = MigrationVersion.fromVersion("86");
        var lastBefore = Arrays.stream(flyway.load().info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> v86.isNewerThan(version))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        flyway.target(lastBefore).load().migrate();
        var jdbc = JdbcClient.create(dataSource);
        var tenant = UUID.randomUUID();
        var call = UUID.randomUUID();
        var agent = UUID.randomUUID();
        var at = OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);
        jdbc.sql("insert into " + schema + "tenant (id, organisation_id, name, domain, country, time_zone, language,"
                        + " contract, created_at) values (:id, 'global', 'Old', 'old.example', 'PL', 'Europe/Warsaw',"
                        + " 'pl', 'STANDARD', :at)")
                .param("id", tenant)
                .param("at", at)
                .update();
        jdbc.sql(
                        "insert into " + schema + "phone_call (tenant_id, id, organisation_id, agent_id, caller_e164,"
                                + " registered, started_at) values (:tenant, :id, 'global', :agent, '+48121234567', false, :at)")
                .param("tenant", tenant)
                .param("id", call)
                .param("agent", agent)
                .param("at", at)
                .update();
        jdbc.sql("insert into " + schema + "phone_challenge (tenant_id, id, call_id, caller_e164, channel,"
                        + " destination_id, masked_destination, code_hash, created_at, expires_at, state) values"
                        + " (:tenant, :id, :call, '+48121234567', 'EMAIL', :destination, 'a***n@old.example',"
                        + " :hash, :at, :at, 'OPEN')")
                .param("tenant", tenant)
                .param("id", UUID.randomUUID())
                .param("call", call)
                .param("destination", UUID.randomUUID())
                .param("hash", "0".repeat(64))
                .param("at", at)
                .update();

        flyway.target("latest").load().migrate();

        assertThat(jdbc.sql("select agent_id from " + schema + "phone_challenge where call_id = :call")
                        .param("call", call)
                        .query(UUID.class)
                        .single())
                .isEqualTo(agent);
        jdbc.sql("update " + schema + "phone_challenge set code_hash = :hash where call_id = :call")
                .param("hash", "0123abcd." + "0".repeat(64))
                .param("call", call)
                .update();
    }
}
