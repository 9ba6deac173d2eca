package org.helpline.requests.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.helpline.sla.ClockKind;
import org.helpline.sla.TimelineEntry;
import org.junit.jupiter.api.Test;

class TimelineLineTests {

    private static final Instant AT = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aStartedClockNamesTheDeadlineItSet() {
        var line = TimelineLine.of(
                new TimelineEntry(
                        AT,
                        ClockKind.FIRST_RESPONSE,
                        "STARTED",
                        "Target PT8H (8h 0m of business time) on calendar 'business' in Europe/Warsaw; due 2026-12-07T17:00:00Z"));

        assertThat(line.key()).isEqualTo("requests.timeline.STARTED.due");
        assertThat(line.due()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
        assertThat(line.clock()).isEqualTo(ClockKind.FIRST_RESPONSE);
    }

    @Test
    void aMissedDeadlineIsTheOneTheDetailSaysWasDue() {
        var line = TimelineLine.of(new TimelineEntry(
                AT, ClockKind.NEXT_UPDATE, "BREACHED", "NEXT_UPDATE was due 2026-12-07T08:30:12.345Z"));

        assertThat(line.key()).isEqualTo("requests.timeline.BREACHED.due");
        assertThat(line.due()).isEqualTo(Instant.parse("2026-12-07T08:30:12.345Z"));
    }

    @Test
    void anEntryWithoutADeadlineOrOfAnUnknownKindStillReadsAsASentence() {
        assertThat(TimelineLine.of(new TimelineEntry(AT, ClockKind.FIRST_RESPONSE, "STOPPED", "resolved"))
                        .key())
                .isEqualTo("requests.timeline.STOPPED");
        assertThat(TimelineLine.of(new TimelineEntry(AT, ClockKind.FIRST_RESPONSE, "SOMETHING_NEW", null))
                        .key())
                .isEqualTo("requests.timeline.OTHER");
    }
}
