package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tests' TOTP gives the codes of RFC 6238 Appendix B (SHA-1, 8 digits, 30-second steps). */
class Rfc6238Tests {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

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
        assertThat(Rfc6238.code(SEED, time / 30, 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "20000000000, 353130"})
    void readsABase32SecretAndGivesSixDigits(long time, String expected) {
        // GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ is the RFC's seed in Base32
        assertThat(Rfc6238.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", time)).isEqualTo(expected);
    }
}
