package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded default as {@code mvn spring-boot:run} starts it: an H2 file database, demo data on
 * the first start, and a second start that keeps what the first one stored.
 */
class EmbeddedStartupIntegrationTests {

    @TempDir
    Path directory;

    @Test
    void theFirstStartLoadsTheDemoDataAndASecondStartKeepsAllData() {
        var url = "jdbc:h2:file:" + directory.resolve("helpline")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        try (var first = start(url)) {
            assertThat(users(first))
                    .contains(
                            "admin@contoso.example",
                            "orgadmin@helpline.example",
                            "partner@litware.example",
                            "agent@operator.example");
            first.getBean(TenantManagement.class)
                    .createTenant(
                            "global",
                            new NewTenant(
                                    "Tailspin",
                                    "tailspin.example",
                                    "DE",
                                    "Europe/Berlin",
                                    "en",
                                    Contract.STANDARD,
                                    null,
                                    List.of("+49 30 1234567"),
                                    List.of("it@tailspin.example")));
        }
        assertThat(Files.exists(directory.resolve("helpline.mv.db"))).isTrue();

        try (var second = start(url)) {
            var tenants = second.getBean(JdbcClient.class)
                    .sql("select name from tenant order by name")
                    .query(String.class)
                    .list();
            assertThat(tenants)
                    .as("the demo's tenants and each organisation's prospects tenant (R-14)")
                    .containsExactly("Contoso", "Fabrikam", "Northwind Traders", "Prospects", "Prospects", "Tailspin");
            assertThat(users(second)).doesNotHaveDuplicates();
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(HelplineApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--server.port=0",
                        "--helpline.demo-data=true",
                        "--helpline.demo.history-days=0");
    }

    private static List<String> users(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select login from app_user")
                .query(String.class)
                .list();
    }
}
