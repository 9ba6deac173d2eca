package org.helpline;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at its database: PostgreSQL when {@code HELPLINE_TEST_POSTGRES_URL} is
 * set (CI sets it), else a private in-memory H2 in PostgreSQL mode.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POSTGRES_URL = "HELPLINE_TEST_POSTGRES_URL";

    private final Map<String, Object> database;

    public TestDatabase() {
        this(properties());
    }

    /** Points the application at {@code database}, settings as {@link #properties()} gives them. */
    public TestDatabase(Map<String, Object> database) {
        this.database = database;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(database);
        properties.put("helpline.demo-data", "true");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("helpline-test-database", properties));
    }

    public static boolean onPostgres() {
        var url = System.getenv(POSTGRES_URL);
        return url != null && !url.isBlank();
    }

    /** The datasource settings of a test: the shared PostgreSQL, or a fresh H2 of its own. */
    public static Map<String, Object> properties() {
        if (onPostgres()) {
            return Map.of(
                    "spring.datasource.url", System.getenv(POSTGRES_URL),
                    "spring.datasource.username", envOr("HELPLINE_TEST_POSTGRES_USER", "postgres"),
                    "spring.datasource.password", envOr("HELPLINE_TEST_POSTGRES_PASSWORD", ""));
        }
        return Map.of(
                "spring.datasource.url",
                        "jdbc:h2:mem:helpline-" + UUID.randomUUID()
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    /**
     * Like {@link #properties()}, but on PostgreSQL a database of its own, the shared one's name plus
     * {@code _name}, created afresh: for an application that must not share the shared context's
     * jobs, such as one whose clock tests move forward (its job scheduler would act on the shared
     * context's clocks at its own time).
     */
    public static Map<String, Object> ownDatabase(String name) {
        if (!onPostgres()) {
            return properties();
        }
        var shared = System.getenv(POSTGRES_URL);
        int query = shared.indexOf('?') < 0 ? shared.length() : shared.indexOf('?');
        int slash = shared.lastIndexOf('/', query);
        var database = shared.substring(slash + 1, query) + "_" + name;
        try (var connection = DriverManager.getConnection(
                        shared,
                        envOr("HELPLINE_TEST_POSTGRES_USER", "postgres"),
                        envOr("HELPLINE_TEST_POSTGRES_PASSWORD", ""));
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
        var properties = new HashMap<>(properties());
        properties.put("spring.datasource.url", shared.substring(0, slash + 1) + database + shared.substring(query));
        return properties;
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
