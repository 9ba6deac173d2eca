package org.helpline.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.helpline.platform.KeyProperties;
import org.helpline.platform.StoredKeys;
import org.junit.jupiter.api.Test;

/** Outbox payloads name the key that encrypted them, so messages waiting through a rotation still go out. */
class PayloadCipherTests {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String NEW_KEY =
            Base64.getEncoder().encodeToString("p".repeat(32).getBytes(StandardCharsets.US_ASCII));

    @Test
    void aPayloadIsSealedWithAFreshNonceAndOpensAgain() {
        var cipher = cipher(OLD_KEY);
        var first = cipher.encrypt("{\"code\":\"12345678\"}");

        assertThat(first).matches("[0-9a-f]{8}\\.[A-Za-z0-9+/=]+").doesNotContain("12345678");
        assertThat(cipher.encrypt("{\"code\":\"12345678\"}")).isNotEqualTo(first);
        assertThat(cipher.decrypt(first)).isEqualTo("{\"code\":\"12345678\"}");
    }

    @Test
    void afterARotationWaitingPayloadsStillDecryptAndNewOnesUseTheNewKey() {
        var waiting = cipher(OLD_KEY).encrypt("{\"code\":\"12345678\"}");

        var rotated = cipher(NEW_KEY, OLD_KEY);

        assertThat(rotated.decrypt(waiting)).isEqualTo("{\"code\":\"12345678\"}");
        var fresh = rotated.encrypt("{\"code\":\"87654321\"}");
        assertThat(fresh.substring(0, 8)).isNotEqualTo(waiting.substring(0, 8));
        assertThat(cipher(NEW_KEY).decrypt(fresh)).isEqualTo("{\"code\":\"87654321\"}");
        assertThatThrownBy(() -> cipher(NEW_KEY).decrypt(waiting))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(waiting.substring(0, 8));
    }

    @Test
    void aPayloadStoredWithoutAKeyIdIsTriedWithEveryKey() throws Exception {
        var nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        var aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(OLD_KEY), "AES"),
                new GCMParameterSpec(128, nonce));
        var sealed = aes.doFinal("{\"code\":\"12345678\"}".getBytes(StandardCharsets.UTF_8));
        var legacy = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, legacy, 0, nonce.length);
        System.arraycopy(sealed, 0, legacy, nonce.length, sealed.length);
        var stored = Base64.getEncoder().encodeToString(legacy);

        assertThat(cipher(NEW_KEY, OLD_KEY).decrypt(stored)).isEqualTo("{\"code\":\"12345678\"}");
        assertThatThrownBy(() -> cipher(NEW_KEY).decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPayloadKeyMustBeExactly32Bytes() {
        var longer = cipher(Base64.getEncoder().encodeToString(new byte[40]));

        assertThatThrownBy(() -> longer.encrypt("{}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("helpline.notify.payload-key must be exactly 32 bytes");
    }

    private static PayloadCipher cipher(String key, String... previous) {
        return new PayloadCipher(
                new StoredKeys(null, null, new KeyProperties(true)),
                new NotifyProperties(
                        "Helpline <no-reply@helpline.example>",
                        Duration.ofSeconds(1),
                        2,
                        100,
                        Duration.ofMinutes(5),
                        8,
                        Duration.ofSeconds(10),
                        Duration.ofHours(1),
                        key,
                        List.of(previous),
                        "log",
                        null,
                        "",
                        Duration.ofSeconds(10),
                        false));
    }
}
