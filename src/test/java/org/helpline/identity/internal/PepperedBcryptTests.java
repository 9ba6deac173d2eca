package org.helpline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.helpline.platform.KeyProperties;
import org.helpline.platform.StoredKeys;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PepperedBcryptTests {

    private static final int COST = 4;

    private final String key = newKey();

    @Test
    void aPasswordMatchesItsHashAndTheHashAloneCannotBeCheckedWithoutTheKey() {
        var encoder = encoder(COST, key);

        var stored = encoder.encode("correct horse");

        assertThat(stored).startsWith("{peppered-bcrypt}").contains("$2a$04$");
        assertThat(encoder.matches("correct horse", stored)).isTrue();
        assertThat(encoder.matches("correct hors", stored)).isFalse();
        assertThat(encoder.upgradeEncoding(stored)).isFalse();
        var bcryptPart = stored.substring(stored.indexOf('$') + 1);
        assertThat(BCrypt.checkpw("correct horse", bcryptPart))
                .as("a copy of the database alone says nothing about the password")
                .isFalse();
        assertThat(encoder(COST, newKey()).matches("correct horse", stored))
                .as("another installation's key")
                .isFalse();
    }

    @Test
    void aHashOfAPreviousKeyStillMatchesAndIsMadeAgainWithTheCurrentOne() {
        var before = encoder(COST, key).encode("correct horse");
        var rotated = encoder(COST, newKey(), key);

        assertThat(rotated.matches("correct horse", before)).isTrue();
        assertThat(rotated.upgradeEncoding(before)).isTrue();
        var after = rotated.encode("correct horse");
        assertThat(rotated.upgradeEncoding(after)).isFalse();
        assertThat(encoder(COST, newKey()).matches("correct horse", before))
                .as("without the key that made it")
                .isFalse();
    }

    @Test
    void plainBcryptHashesOfEarlierVersionsMatchAndAreUpgraded() {
        var encoder = encoder(COST, key);
        var plain = "{bcrypt}" + new BCryptPasswordEncoder(10).encode("demo");

        assertThat(encoder.matches("demo", plain)).isTrue();
        assertThat(encoder.upgradeEncoding(plain)).isTrue();
        assertThat(encoder.matches("demo", "{noop}demo"))
                .as("other encoders Spring Security knows still match")
                .isTrue();
    }

    @Test
    void aHashOfALowerCostIsMadeAgain() {
        var cheap = encoder(4, key).encode("demo");

        assertThat(encoder(5, key).upgradeEncoding(cheap)).isTrue();
        assertThat(encoder(5, key).matches("demo", cheap)).isTrue();
    }

    private static PasswordEncoder encoder(int cost, String current, String... previous) {
        var properties = new IdentityProperties(null, cost, current, List.of(previous));
        var secrets = new IdentitySecrets(new StoredKeys(null, null, new KeyProperties(true)), properties);
        return new PasswordConfiguration().passwordEncoder(properties, secrets);
    }

    private static String newKey() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
