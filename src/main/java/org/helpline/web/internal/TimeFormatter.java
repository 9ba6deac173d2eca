package org.helpline.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.helpline.shared.HelplineUser;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats instants for templates ({@code ${@time.format(instant)}}) in the viewer's time zone and
 * language, with the zone named so nobody has to guess.
 */
@Component("time")
class TimeFormatter {

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

    public ZoneId viewerZone() {
        return HelplineUser.current().map(HelplineUser::zone).orElse(ZoneId.of("UTC"));
    }
}
