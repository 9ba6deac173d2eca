package org.helpline.requests.web;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.helpline.sla.ClockKind;
import org.helpline.sla.TimelineEntry;

/**
 * A line of a request's SLA timeline in words: what happened to which clock, and the deadline it
 * set. The sla module keeps an English detail per entry; the deadline is the instant that detail
 * names after "due" or "deadline" (its own wording), shown in the reader's zone and language.
 */
public record TimelineLine(Instant at, ClockKind clock, String event, Instant due) {

    private static final Set<String> EVENTS =
            Set.of("STARTED", "PAUSED", "RESUMED", "MET", "BREACHED", "RESTARTED", "STOPPED", "TARGET_CHANGED");

    private static final Pattern DUE =
            Pattern.compile("\\b(?:due|deadline) (\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z)");

    static TimelineLine of(TimelineEntry entry) {
        var event = EVENTS.contains(entry.event()) ? entry.event() : "OTHER";
        var due = entry.detail() == null ? null : DUE.matcher(entry.detail());
        return new TimelineLine(
                entry.at(), entry.clock(), event, due != null && due.find() ? Instant.parse(due.group(1)) : null);
    }

    /** The message key of the sentence: {@code requests.timeline.STARTED.due} when a deadline is named. */
    public String key() {
        return "requests.timeline." + event + (due == null ? "" : ".due");
    }
}
