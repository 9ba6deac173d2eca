package org.helpline;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application at its database: PostgreSQL when {@code HELPLINE_TEST_POSTGRES_URL} is
 * set (CI sets it), else a private in-memory H2 in PostgreSQL mode.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POSTGRES_URL = "HELPLINE_TEST_POSTGRES_URL";

    /** As application.properties has them, with {vendor} resolved: templates are PostgreSQL only. */
    private static final String[] FLYWAY_LOCATIONS = {
        "classpath:db/migration/postgresql", "classpath:db/migration/common"
    };

    private static boolean templateMigrated;

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
                    "spring.datasource.username", user(),
                    "spring.datasource.password", password());
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
     * context's clocks at its own time). It is copied from an already migrated template, because
     * running every migration again took each module test seconds.
     */
    public static Map<String, Object> ownDatabase(String name) {
        if (!onPostgres()) {
            return properties();
        }
        var template = migratedTemplate();
        var database = databaseName() + "_" + name;
        execute(
                "drop database if exists " + database + " with (force)",
                "create database " + database + " template " + template);
        var properties = new HashMap<>(properties());
        properties.put("spring.datasource.url", urlOf(database));
        return properties;
    }

    /** Creates and migrates the template once per test JVM; a copy of it is a migrated database. */
    private static synchronized String migratedTemplate() {
        var template = databaseName() + "_template";
        if (!templateMigrated) {
            execute("drop database if exists " + template + " with (force)", "create database " + template);
            Flyway.configure()
                    .dataSource(urlOf(template), user(), password())
                    .locations(FLYWAY_LOCATIONS)
                    .load()
                    .migrate();
            templateMigrated = true;
        }
        return template;
    }

    private static void execute(String... statements) {
        try (var connection = DriverManager.getConnection(System.getenv(POSTGRES_URL), user(), password());
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a test database: " + String.join("; ", statements), e);
        }
    }

    private static String databaseName() {
        var shared = System.getenv(POSTGRES_URL);
        int query = queryStart(shared);
        return shared.substring(shared.lastIndexOf('/', query) + 1, query);
    }

    /** The shared database's URL with another database name. */
    private static String urlOf(String database) {
        var shared = System.getenv(POSTGRES_URL);
        int query = queryStart(shared);
        int slash = shared.lastIndexOf('/', query);
        return shared.substring(0, slash + 1) + database + shared.substring(query);
    }

    private static int queryStart(String url) {
        return url.indexOf('?') < 0 ? url.length() : url.indexOf('?');
    }

    private static String user() {
        return envOr("HELPLINE_TEST_POSTGRES_USER", "postgres");
    }

    private static String password() {
        return envOr("HELPLINE_TEST_POSTGRES_PASSWORD", "");
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
