package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueueCursorTests {

    @Test
    void aCursorSurvivesTheRoundTripWithAndWithoutADeadline() {
        var withDue = new QueueCursor(
                Instant.parse("2026-03-02T09:00:00.123456Z"), Instant.parse("2026-03-01T08:00:00Z"), UUID.randomUUID());
        var withoutDue = new QueueCursor(null, Instant.parse("2026-03-01T08:00:00Z"), UUID.randomUUID());

        assertThat(QueueCursor.decode(withDue.encode())).isEqualTo(withDue);
        assertThat(QueueCursor.decode(withoutDue.encode())).isEqualTo(withoutDue);
    }

    @Test
    void aForgedCursorNamesTheParameter() {
        assertThatThrownBy(() -> QueueCursor.decode("not a cursor"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("after");
        assertThatThrownBy(() -> QueueCursor.decode("YXxifGM")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void numbersCarryTheOrganisationAndYear() {
        assertThat(RequestNumbers.format("global", 2026, 123)).isEqualTo("GL-2026-000123");
        assertThat(RequestNumbers.format("cn", 2026, 45)).isEqualTo("CN-2026-000045");
    }
}
