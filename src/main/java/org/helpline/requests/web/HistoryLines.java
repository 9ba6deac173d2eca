package org.helpline.requests.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.helpline.requests.HistoryEntry;
import org.springframework.context.MessageSource;

/**
 * Puts a request's history into sentences: statuses in the reader's wording (the agent's or the
 * customer's), severities and clocks by their labels, a removed assignment as such.
 */
final class HistoryLines {

    private final MessageSource messages;
    private final Locale locale;
    private final String statusPrefix;

    HistoryLines(MessageSource messages, Locale locale, boolean agent) {
        this.messages = messages;
        this.locale = locale;
        this.statusPrefix = agent ? "requests.agentStatus." : "requests.status.";
    }

    List<HistoryLine> of(List<HistoryEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    private HistoryLine line(HistoryEntry entry) {
        var kind = entry.kind();
        var key = "ASSIGNED".equals(kind) && entry.to() == null ? "UNASSIGNED" : kind;
        return switch (kind) {
            case "STATUS" -> line(entry, key, label(statusPrefix, entry.from()), label(statusPrefix, entry.to()), null);
            case "SEVERITY", "DOWNGRADED" ->
                line(
                        entry,
                        key,
                        label("requests.severity.", entry.from()),
                        label("requests.severity.", entry.to()),
                        null);
            case "OPENED" -> line(entry, key, null, label("requests.severity.", entry.to()), null);
            case "LINKED" -> line(entry, key, label("requests.links.kind.", entry.from()), entry.to(), null);
            case "SLA_BREACHED" -> line(entry, key, label("requests.clock.", entry.from()), null, instant(entry.to()));
            default -> line(entry, key, entry.from(), entry.to(), null);
        };
    }

    private static HistoryLine line(HistoryEntry entry, String key, String from, String to, Instant due) {
        return new HistoryLine(
                entry.at(),
                entry.kind(),
                "requests.history." + key + (due == null ? "" : ".due"),
                from,
                to,
                due,
                entry.actorName(),
                entry.reason());
    }

    private String label(String prefix, String value) {
        if (value == null) {
            return null;
        }
        return messages.getMessage(prefix + value, null, value, locale);
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }
}
