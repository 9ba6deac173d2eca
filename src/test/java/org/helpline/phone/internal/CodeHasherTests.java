package org.helpline.phone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.platform.KeyProperties;
import org.helpline.platform.StoredKeys;
import org.junit.jupiter.api.Test;

/** Codes are 8 random digits; only keyed hashes bound to one challenge, naming their key, are kept. */
class CodeHasherTests {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY =
            Base64.getEncoder().encodeToString("k".repeat(32).getBytes());

    private final CodeHasher hasher = hasher(OLD_KEY);

    @Test
    void codesAreEightDigitsAndVary() {
        var codes = new HashSet<String>();
        for (int i = 0; i < 200; i++) {
            var code = hasher.newCode();
            assertThat(code).matches("[0-9]{8}");
            codes.add(code);
        }
        assertThat(codes.size()).isGreaterThan(195);
    }

    @Test
    void aHashMatchesOnlyItsCodeAndItsChallenge() {
        var challenge = UUID.randomUUID();
        var hash = hasher.hash(challenge, "12345678");
        assertThat(hash).matches("[0-9a-f]{8}\\.[0-9a-f]{64}").doesNotContain("12345678");
        assertThat(hasher.matches(challenge, "12345678", hash)).isTrue();
        assertThat(hasher.matches(challenge, "12345679", hash)).isFalse();
        assertThat(hasher.matches(UUID.randomUUID(), "12345678", hash)).isFalse();
        assertThat(hasher.matches(challenge, "12345678", "not hex")).isFalse();
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        var challenge = UUID.randomUUID();
        assertThat(hasher(NEW_KEY).hash(challenge, "12345678")).isNotEqualTo(hasher.hash(challenge, "12345678"));
    }

    @Test
    void afterARotationTheCodeOfARunningChallengeStillMatchesAndNewCodesUseTheNewKey() {
        var challenge = UUID.randomUUID();
        var madeBefore = hasher.hash(challenge, "12345678");

        var rotated = hasher(NEW_KEY, OLD_KEY);

        assertThat(rotated.matches(challenge, "12345678", madeBefore)).isTrue();
        assertThat(rotated.matches(challenge, "87654321", madeBefore)).isFalse();
        var madeAfter = rotated.hash(challenge, "12345678");
        assertThat(madeAfter.substring(0, 8)).isNotEqualTo(madeBefore.substring(0, 8));
        assertThat(hasher(NEW_KEY).matches(challenge, "12345678", madeAfter)).isTrue();
        assertThat(hasher(NEW_KEY).matches(challenge, "12345678", madeBefore)).isFalse();
        assertThat(hasher.matches(challenge, "12345678", madeAfter)).isFalse();
    }

    @Test
    void aHashStoredWithoutAKeyIdIsCheckedAgainstEveryKey() throws Exception {
        var challenge = UUID.randomUUID();
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY), "HmacSHA256"));
        var legacy = HexFormat.of().formatHex(mac.doFinal((challenge + ":12345678").getBytes()));

        assertThat(hasher(NEW_KEY, OLD_KEY).matches(challenge, "12345678", legacy))
                .isTrue();
        assertThat(hasher(NEW_KEY, OLD_KEY).matches(challenge, "12345679", legacy))
                .isFalse();
        assertThat(hasher(NEW_KEY).matches(challenge, "12345678", legacy)).isFalse();
    }

    @Test
    void aShortKeyIsRefusedNamingItsProperty() {
        var weak = hasher(Base64.getEncoder().encodeToString(new byte[8]));
        assertThatThrownBy(() -> weak.hash(UUID.randomUUID(), "12345678"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helpline.phone.code-key");
    }

    private static CodeHasher hasher(String key, String... previous) {
        return new CodeHasher(configuredKeysOnly(), properties(key, List.of(previous)));
    }

    /** Keys as configured: without a database, as none is stored. */
    private static StoredKeys configuredKeysOnly() {
        return new StoredKeys(null, null, new KeyProperties(true));
    }

    static PhoneProperties properties(String key, List<String> previous) {
        return new PhoneProperties(
                key,
                previous,
                Duration.ofMinutes(10),
                5,
                Duration.ofMinutes(60),
                10,
                5,
                30,
                Duration.ofHours(1),
                Duration.ofSeconds(2));
    }
}
