package org.helpline.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import org.helpline.shared.HelplineUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats time for templates in the viewer's time zone and language: instants with the zone named
 * ({@code ${@time.format(instant)}}), spans in words ({@code ${@time.duration(d)}}: "3 h 20 min"),
 * instants relative to now ({@code ${@time.relative(instant)}}: "in 3 h 20 min", "5 min ago") and
 * counts of business days ({@code ${@time.businessDays(2)}}: "2 business days").
 */
@Component("time")
class TimeFormatter {

    private final MessageSource messages;
    private final Clock clock;

    TimeFormatter(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale());
        var zone = viewerZone();
        return formatter.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .format(date);
    }

    /** A span in words, to the minute: "2 d 4 h", "3 h 20 min", "under a minute". */
    public String duration(Duration span) {
        if (span == null) {
            return "";
        }
        long minutes = span.abs().toMinutes();
        if (minutes == 0) {
            return text("time.duration.underMinute");
        }
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        var parts = new ArrayList<String>();
        if (days > 0) {
            parts.add(text("time.duration.days", days));
        }
        if (hours > 0) {
            parts.add(text("time.duration.hours", hours));
        }
        if (rest > 0 && days == 0) {
            parts.add(text("time.duration.minutes", rest));
        }
        return String.join(text("time.duration.separator"), parts);
    }

    /** An instant relative to now: "in 3 h 20 min" or "3 h 20 min ago". */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        var span = Duration.between(clock.instant(), instant);
        return text(span.isNegative() ? "time.relative.past" : "time.relative.future", duration(span));
    }

    public String businessDays(long days) {
        return text("time.businessDays", days);
    }

    public ZoneId viewerZone() {
        return HelplineUser.current().map(HelplineUser::zone).orElse(ZoneId.of("UTC"));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
