package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where keys are required (the postgres profile) they come only from configuration: a missing one
 * stops the start, naming every missing setting, and the database is never asked. These tests
 * give no database at all.
 */
class StoredKeysTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @TempDir
    Path directory;

    private final StoredKeys required = new StoredKeys(null, null, new KeyProperties(true));

    @Test
    void requiredKeysThatAreMissingStopTheStartNamingEverySetting() {
        required.ring("phone.code-key", "helpline.phone.code-key", "", List.of(), KeyRing.Length.AT_LEAST_32);
        required.ring("surveys.link-key", "helpline.surveys.link-key", KEY, List.of(), KeyRing.Length.AT_LEAST_32);
        required.ring("notify.payload-key", "helpline.notify.payload-key", null, null, KeyRing.Length.EXACTLY_32);

        assertThatThrownBy(required::afterSingletonsInstantiated)
                .isInstanceOfSatisfying(
                        KeySettingException.class,
                        e -> assertThat(e.problems())
                                .hasSize(2)
                                .anySatisfy(
                                        problem -> assertThat(problem).startsWith("helpline.phone.code-key is not set"))
                                .anySatisfy(problem ->
                                        assertThat(problem).startsWith("helpline.notify.payload-key is not set")));
    }

    @Test
    void configuredKeysAreUsedWithoutTheDatabase() {
        var ring =
                required.ring("phone.code-key", "helpline.phone.code-key", KEY, List.of(), KeyRing.Length.AT_LEAST_32);

        required.afterSingletonsInstantiated();

        assertThat(ring.current().secret("HmacSHA256").getEncoded()).isEqualTo(new byte[32]);
        assertThat(ring.current().id()).matches("[0-9a-f]{8}");
    }

    @Test
    void aKeyIsReadFromTheFileItNames() throws Exception {
        var file = directory.resolve("code-key");
        Files.writeString(file, KEY + "\n");
        var previous = directory.resolve("old-code-key");
        var old = new byte[32];
        old[0] = 1;
        Files.writeString(previous, Base64.getEncoder().encodeToString(old));

        var ring = required.ring(
                "phone.code-key",
                "helpline.phone.code-key",
                "file:" + file,
                List.of("file:" + previous),
                KeyRing.Length.AT_LEAST_32);

        assertThat(ring.all()).hasSize(2);
        assertThat(ring.current().secret("HmacSHA256").getEncoded()).isEqualTo(new byte[32]);
        assertThat(ring.all().get(1).secret("HmacSHA256").getEncoded()).isEqualTo(old);
        assertThat(ring.find(ring.all().get(1).id())).isPresent();
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithItsSetting() {
        var missing = directory.resolve("nowhere");
        var ring = required.ring(
                "phone.code-key", "helpline.phone.code-key", "file:" + missing, List.of(), KeyRing.Length.AT_LEAST_32);

        assertThatThrownBy(ring::current)
                .isInstanceOf(KeySettingException.class)
                .hasMessageContaining("helpline.phone.code-key names the file " + missing);
    }

    @Test
    void aWrongPreviousKeyIsNamedWithThePreviousSetting() {
        var ring = required.ring(
                "surveys.link-key",
                "helpline.surveys.link-key",
                KEY,
                List.of("not base64!"),
                KeyRing.Length.AT_LEAST_32);

        assertThatThrownBy(ring::all)
                .isInstanceOf(KeySettingException.class)
                .hasMessageContaining("helpline.surveys.previous-link-keys must be Base64");
    }

    @Test
    void theFailureReportSaysHowToMakeAndGiveAKey() {
        var failure = new KeySettingException(List.of("helpline.phone.code-key is not set"));

        var analysis = new KeySettingFailureAnalyzer().analyze(new IllegalStateException(failure));

        assertThat(analysis.getDescription()).contains("helpline.phone.code-key is not set");
        assertThat(analysis.getAction())
                .contains("openssl rand -base64 32")
                .contains("HELPLINE_PHONE_CODEKEY")
                .contains("file:")
                .contains("configtree");
    }
}
