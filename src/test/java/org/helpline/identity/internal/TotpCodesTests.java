package org.helpline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The application's TOTP against RFC 6238 Appendix B, its window of one step and its Base32. */
class TotpCodesTests {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String SEED_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void givesTheVectorsOfTheRfc(long time, String expected) {
        assertThat(TotpCodes.code(SEED, TotpCodes.stepAt(time), 8)).isEqualTo(expected);
    }

    @Test
    void acceptsTheStepBeforeAndAfterButNoFurther() {
        long now = 1111111111;
        long step = TotpCodes.stepAt(now);
        var current = TotpCodes.code(SEED, step, 6);
        var previous = TotpCodes.code(SEED, step - 1, 6);
        var next = TotpCodes.code(SEED, step + 1, 6);
        var tooOld = TotpCodes.code(SEED, step - 2, 6);

        assertThat(TotpCodes.matchingStep(SEED_BASE32, current, now)).hasValue(step);
        assertThat(TotpCodes.matchingStep(SEED_BASE32, previous, now)).hasValue(step - 1);
        assertThat(TotpCodes.matchingStep(SEED_BASE32, next, now)).hasValue(step + 1);
        assertThat(TotpCodes.matchingStep(SEED_BASE32, tooOld, now)).isEmpty();
        assertThat(TotpCodes.matchingStep(SEED_BASE32, "12345", now)).isEmpty();
        assertThat(TotpCodes.matchingStep(SEED_BASE32, "abcdef", now)).isEmpty();
    }

    @Test
    void base32RoundTripsAndNewSecretsAre160Bits() {
        assertThat(TotpCodes.base32(SEED)).isEqualTo(SEED_BASE32);
        assertThat(TotpCodes.fromBase32(SEED_BASE32)).isEqualTo(SEED);
        var secret = TotpCodes.newSecret();
        assertThat(TotpCodes.fromBase32(secret)).hasSize(20);
        assertThat(TotpCodes.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theUriCarriesTheSettingsAppsRead() {
        assertThat(TotpCodes.uri("Helpline", "anna@example.com", SEED_BASE32))
                .isEqualTo("otpauth://totp/Helpline:anna%40example.com?secret=" + SEED_BASE32
                        + "&issuer=Helpline&algorithm=SHA1&digits=6&period=30");
    }
}
