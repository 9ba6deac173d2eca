package org.helpline;

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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new HashMap<String, Object>(properties());
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
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
