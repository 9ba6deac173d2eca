package org.helpline.requests.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpline.sla.ClockKind;
import org.helpline.sla.ClockState;
import org.helpline.sla.ClockView;
import org.helpline.sla.SlaState;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A request's SLA clocks as the pages show them: target and time left as words, in the reader's language. */
@Component
class ClockRows {

    private final MessageSource messages;

    ClockRows(MessageSource messages) {
        this.messages = messages;
    }

    List<ClockRow> of(SlaState state) {
        var locale = LocaleContextHolder.getLocale();
        return state.clocks().stream().map(clock -> row(clock, locale)).toList();
    }

    /** The first-response clock, if the request has one. */
    static Optional<ClockView> firstResponse(SlaState state) {
        return state.clocks().stream()
                .filter(clock -> clock.kind() == ClockKind.FIRST_RESPONSE)
                .findFirst();
    }

    private ClockRow row(ClockView clock, Locale locale) {
        var target = duration(clock.target(), locale);
        if (!clock.calendarTime()) {
            target = messages.getMessage("requests.clock.businessTime", new Object[] {target}, locale);
        }
        var remaining = clock.remaining() == null
                ? ""
                : clock.remaining().isNegative()
                        ? messages.getMessage(
                                "requests.clock.breachedBy",
                                new Object[] {duration(clock.remaining().negated(), locale)},
                                locale)
                        : duration(clock.remaining(), locale);
        boolean breached = clock.state() == ClockState.BREACHED
                || (clock.remaining() != null && clock.remaining().isNegative());
        return new ClockRow(clock.kind(), clock.state(), target, clock.due(), clock.metAt(), remaining, breached);
    }

    private String duration(Duration duration, Locale locale) {
        if (duration == null) {
            return "";
        }
        return messages.getMessage(
                "requests.duration",
                new Object[] {String.valueOf(duration.toHours()), String.valueOf(duration.toMinutesPart())},
                locale);
    }
}
