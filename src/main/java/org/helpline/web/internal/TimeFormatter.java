package org.helpline.web.internal;

import java.time.Clock;
import java.time.DateTimeException;
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
 * instants relative to now ({@code ${@time.relative(instant)}}: "in 3 h 20 min", "5 min ago"),
 * counts of business days ({@code ${@time.businessDays(2)}}: "2 business days") and time zones
 * ({@code ${@time.zone('Europe/Warsaw')}}: "GMT+01:00 Central European Time (Warsaw)").
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

    /** The time of day in the viewer's zone and language, to the minute: "14:02". */
    public String timeOfDay(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .format(instant.atZone(viewerZone()));
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

    /**
     * A time zone as people name it, in the viewer's language, with the place of its id: "Central
     * European Time (Warsaw)". Something that is not a zone id is shown as it is.
     */
    public String zone(Object zone) {
        var id = zoneId(zone);
        if (id == null) {
            return zone == null ? "" : zone.toString();
        }
        var locale = LocaleContextHolder.getLocale();
        var name = DateTimeFormatter.ofPattern("vvvv", locale)
                .format(clock.instant().atZone(id));
        name = name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        int slash = id.getId().lastIndexOf('/');
        if (slash < 0 || id.getId().startsWith("Etc/")) {
            return name;
        }
        return name + " (" + id.getId().substring(slash + 1).replace('_', ' ') + ")";
    }

    /** A zone in a list to choose from, led by its offset now: "GMT+01:00 Central European Time (Warsaw)". */
    public String zoneChoice(Object zone) {
        var id = zoneId(zone);
        if (id == null) {
            return zone(zone);
        }
        var offset = DateTimeFormatter.ofPattern("ZZZZ", LocaleContextHolder.getLocale())
                .format(clock.instant().atZone(id));
        var name = zone(id);
        return name.startsWith(offset) ? name : offset + " " + name;
    }

    private static ZoneId zoneId(Object zone) {
        try {
            return zone instanceof ZoneId id ? id : zone == null ? null : ZoneId.of(zone.toString());
        } catch (DateTimeException e) {
            return null;
        }
    }

    public ZoneId viewerZone() {
        return HelplineUser.current().map(HelplineUser::zone).orElse(ZoneId.of("UTC"));
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
    }
}
