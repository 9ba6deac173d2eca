package org.helpline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.helpline.identity.internal.HashablePassword;
import org.junit.jupiter.api.Test;

/** The password limit counts the bytes BCrypt hashes, not the characters a person types. */
class HashablePasswordTests {

    @Test
    void seventyTwoPlainLettersFitAndOneMoreDoesNot() {
        assertThat(HashablePassword.Check.fits("a".repeat(72))).isTrue();
        assertThat(HashablePassword.Check.fits("a".repeat(73))).isFalse();
    }

    @Test
    void accentsTakeTwoBytesChineseThreeAndEmojiFour() {
        assertThat(HashablePassword.Check.fits("ż".repeat(36))).isTrue();
        assertThat(HashablePassword.Check.fits("ż".repeat(37))).isFalse();
        assertThat(HashablePassword.Check.fits("字".repeat(24))).isTrue();
        assertThat(HashablePassword.Check.fits("字".repeat(25))).isFalse();
        assertThat(HashablePassword.Check.fits("\uD83D\uDE00".repeat(18))).isTrue();
        assertThat(HashablePassword.Check.fits("\uD83D\uDE00".repeat(19))).isFalse();
    }

    @Test
    void noPasswordIsLeftToTheOtherRules() {
        assertThat(HashablePassword.Check.fits(null)).isTrue();
    }
}
