package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Every migration runs unchanged on H2 in PostgreSQL mode and, when {@code
 * HELPLINE_TEST_POSTGRES_URL} is set, on PostgreSQL, in a fresh schema each time.
 */
class MigrationsIntegrationTests {

    private static final String LOCATIONS = "classpath:db/migration/common";

    @Test
    void migrationsRunOnH2() {
        var url = "jdbc:h2:mem:migrations-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var dataSource = new DriverManagerDataSource(url, "sa", "");
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATIONS, "classpath:db/migration/h2")
                .failOnMissingLocations(false)
                .load()
                .migrate();

        assertThat(result.success).isTrue();
        assertReferenceData(JdbcClient.create(dataSource), "");
    }

    @Test
    void migrationsRunOnPostgres() {
        Assumptions.assumeTrue(TestDatabase.onPostgres(), "HELPLINE_TEST_POSTGRES_URL is not set");
        var schema = "migrations_" + UUID.randomUUID().toString().replace("-", "");
        var properties = TestDatabase.properties();
        var dataSource = new DriverManagerDataSource(
                (String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
        var jdbc = JdbcClient.create(dataSource);
        try {
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(schema)
                    .createSchemas(true)
                    .locations(LOCATIONS, "classpath:db/migration/postgresql")
                    .failOnMissingLocations(false)
                    .load()
                    .migrate();
            assertThat(result.success).isTrue();
            assertReferenceData(jdbc, schema + ".");
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private static void assertReferenceData(JdbcClient jdbc, String schemaPrefix) {
        assertThat(jdbc.sql("select id from " + schemaPrefix + "support_organisation order by id")
                        .query(String.class)
                        .list())
                .containsExactly("cn", "global");
    }
}
