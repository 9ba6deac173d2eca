package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.helpline.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Tokens made before scopes and required expiries keep working: read-write, for a year. */
class ApiTokenMigrationIntegrationTests {

    @Test
    void anOldTokenBecomesReadWriteAndExpiresAYearAfterTheMigrationOnH2() {
        var url = "jdbc:h2:mem:token-migration-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        check(new DriverManagerDataSource(url, "sa", ""), null, "classpath:db/migration/h2");
    }

    @Test
    void anOldTokenBecomesReadWriteAndExpiresAYearAfterTheMigrationOnPostgres() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "HELPLINE_TEST_POSTGRES_URL is not set");
        var properties = TestDatabase.properties();
        var dataSource = new DriverManagerDataSource(
                (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
        var schema = "token_migration_" + UUID.randomUUID().toString().replace("-", "");
        try {
            check(dataSource, schema, "classpath:db/migration/postgresql");
        } finally {
            JdbcClient.create(dataSource)
                    .sql("drop schema if exists " + schema + " cascade")
                    .update();
        }
    }

    private static void check(DataSource dataSource, String schema, String vendorLocation) {
        migrate(dataSource, schema, vendorLocation, "82");
        var prefix = schema == null ? "" : schema + ".";
        var jdbc = JdbcClient.create(dataSource);
        var user = UUID.randomUUID();
        var token = UUID.randomUUID();
        jdbc.sql("insert into " + prefix + "app_user (id, login, name, password_hash, organisation_id, created_at)"
                        + " values (:id, 'old@helpline.example', 'Old', 'x', 'global', current_timestamp)")
                .param("id", user)
                .update();
        jdbc.sql("insert into " + prefix + "api_token (id, user_id, name, token_hash, created_at)"
                        + " values (:id, :user, 'old', :hash, current_timestamp)")
                .param("id", token)
                .param("user", user)
                .param("hash", "a".repeat(64))
                .update();

        migrate(dataSource, schema, vendorLocation, "latest");

        var migrated = jdbc.sql("select scope, expires_at from " + prefix + "api_token where id = :id")
                .param("id", token)
                .query((rs, row) -> new Object[] {rs.getString(1), rs.getTimestamp(2)})
                .single();
        assertThat(migrated[0]).isEqualTo("read-write");
        var expires = ((Timestamp) migrated[1]).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofDays(364), Duration.ofDays(366));
    }

    private static void migrate(DataSource dataSource, String schema, String vendorLocation, String target) {
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", vendorLocation)
                .failOnMissingLocations(false)
                .target(target);
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        assertThat(flyway.load().migrate().success).isTrue();
    }
}
