package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Following the change log when sequence numbers commit out of order. */
class ChangeCursorTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aSkippedNumberIsAskedForAgainUntilItAppears() {
        var cursor = new ChangeCursor(10, Duration.ofMinutes(1));
        cursor.advance(List.of(11L, 13L), NOW);
        assertThat(cursor.highWater()).isEqualTo(13);
        assertThat(cursor.gaps(NOW)).containsExactly(12L);

        cursor.advance(List.of(12L), NOW.plusSeconds(1));
        assertThat(cursor.gaps(NOW.plusSeconds(1))).isEmpty();
        assertThat(cursor.highWater()).isEqualTo(13);
    }

    @Test
    void aGapThatNeverFillsIsForgottenAfterThePatience() {
        var cursor = new ChangeCursor(0, Duration.ofMinutes(1));
        cursor.advance(List.of(2L), NOW);
        assertThat(cursor.gaps(NOW.plusSeconds(59))).containsExactly(1L);
        assertThat(cursor.gaps(NOW.plusSeconds(61))).isEmpty();
    }
}
