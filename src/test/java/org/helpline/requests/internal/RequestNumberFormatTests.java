package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestNumberFormatTests {

    @Test
    void theOrganisationsFirstTwoLettersTheYearAndSixDigits() {
        assertThat(RequestNumbers.format("global", 2026, 4)).isEqualTo("GL-2026-000004");
        assertThat(RequestNumbers.format("cn", 2031, 123_456)).isEqualTo("CN-2031-123456");
        assertThat(RequestNumbers.format("x", 2026, 0)).isEqualTo("X-2026-000000");
    }

    @Test
    void aNumberPastSixDigitsKeepsAllOfThem() {
        assertThat(RequestNumbers.format("global", 2026, 1_234_567)).isEqualTo("GL-2026-1234567");
    }
}
