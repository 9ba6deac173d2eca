package org.helpline.phone.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.UUID;
import org.helpline.phone.PhoneProperties;
import org.helpline.platform.StoredKeys;
import org.junit.jupiter.api.Test;

/** Codes are 8 random digits; only keyed hashes bound to one challenge are kept. */
class CodeHasherTests {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final CodeHasher hasher = new CodeHasher(configuredKeysOnly(), properties(KEY));

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
        assertThat(hash).hasSize(64).doesNotContain("12345678");
        assertThat(hasher.matches(challenge, "12345678", hash)).isTrue();
        assertThat(hasher.matches(challenge, "12345679", hash)).isFalse();
        assertThat(hasher.matches(UUID.randomUUID(), "12345678", hash)).isFalse();
        assertThat(hasher.matches(challenge, "12345678", "not hex")).isFalse();
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        var other = new CodeHasher(
                configuredKeysOnly(),
                properties(Base64.getEncoder().encodeToString("k".repeat(32).getBytes())));
        var challenge = UUID.randomUUID();
        assertThat(other.hash(challenge, "12345678")).isNotEqualTo(hasher.hash(challenge, "12345678"));
    }

    @Test
    void aShortKeyIsRefused() {
        var weak = new CodeHasher(
                configuredKeysOnly(), properties(Base64.getEncoder().encodeToString(new byte[8])));
        assertThatThrownBy(() -> weak.hash(UUID.randomUUID(), "12345678")).isInstanceOf(IllegalStateException.class);
    }

    /** Keys as configured: without a database, as none is stored. */
    private static StoredKeys configuredKeysOnly() {
        return new StoredKeys(null, null);
    }

    static PhoneProperties properties(String key) {
        return new PhoneProperties(
                key,
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
