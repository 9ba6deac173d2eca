package org.helpline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.helpline.platform.KeySettingException;
import org.helpline.platform.RequiredSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The postgres profile (on an H2 database of its own, so that it needs no server) takes its keys
 * only from configuration: without them the application does not start and says which settings
 * are missing; with them (one from a file) it starts, and the database holds no key. Nor does it start
 * without the address links in e-mails start with.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionKeysIntegrationTests {

    @TempDir
    Path directory;

    private final String url = "jdbc:h2:mem:production-keys-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

    @Test
    void withoutItsKeysThePostgresProfileRefusesToStartAndNamesEachMissingSetting(CapturedOutput output)
            throws Exception {
        assertThatThrownBy(() -> start("--helpline.surveys.link-key=" + newKey()))
                .isInstanceOf(KeySettingException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("helpline.phone.code-key is not set")
                .contains("helpline.notify.payload-key is not set")
                .contains("helpline.identity.secret-key is not set")
                .doesNotContain("helpline.surveys.link-key is not set")
                .contains("openssl rand -base64 32");
        assertThat(storedKeys()).isZero();

        var codeKey = directory.resolve("code-key");
        Files.writeString(codeKey, newKey() + "\n");
        try (var started = start(
                "--helpline.phone.code-key=file:" + codeKey,
                "--helpline.surveys.link-key=" + newKey(),
                "--helpline.notify.payload-key=" + newKey(),
                "--helpline.identity.secret-key=" + newKey())) {
            assertThat(started.isRunning()).isTrue();
        }
        assertThat(storedKeys()).isZero();
    }

    @Test
    void withoutItsPublicUrlThePostgresProfileRefusesToStartAndNamesTheSetting(CapturedOutput output) {
        assertThatThrownBy(() -> start(
                        "--helpline.public-url=",
                        "--helpline.phone.code-key=" + newKey(),
                        "--helpline.surveys.link-key=" + newKey(),
                        "--helpline.notify.payload-key=" + newKey(),
                        "--helpline.identity.secret-key=" + newKey()))
                .hasRootCauseInstanceOf(RequiredSettingException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("helpline.public-url is not set")
                .contains("HELPLINE_PUBLIC_URL");
    }

    private ConfigurableApplicationContext start(String... keys) {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--helpline.notify.worker-enabled=false"));
        arguments.addAll(List.of(keys));
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--helpline.public-url="))) {
            arguments.add("--helpline.public-url=https://support.example.com");
        }
        return new SpringApplicationBuilder(HelplineApplication.class)
                .profiles("postgres")
                .run(arguments.toArray(String[]::new));
    }

    private long storedKeys() {
        return JdbcClient.create(new DriverManagerDataSource(url, "sa", ""))
                .sql("select count(*) from app_secret")
                .query(Long.class)
                .single();
    }

    private static String newKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
