package org.helpline.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.helpline.audit.AuditDetails;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words for what the audit trail stores as codes. An action key such as {@code tenant.created}
 * has a label {@code audit.action.tenant.created}. Details recorded as {@link AuditDetails} show
 * each key by its label {@code audit.detail.<key>} and each value in the viewer's words: instants
 * in the viewer's zone and language, a missing value ({@code null}) as "none", yes/no and
 * true/false as words, and codes such as {@code ORG_ADMIN} by the label other pages give them,
 * where one exists. Unknown keys, and free text recorded before details had keys, show as recorded
 * with only their instants and codes in words.
 */
@Component
class AuditWording {

    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");
    private static final String CHANGE = " -> ";
    private static final Pattern NULL = Pattern.compile("\\bnull\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern WORD = Pattern.compile("[a-z][A-Za-z]*");
    private static final List<String> WORD_LABELS = List.of("audit.value.", "health.classification.", "health.status.");
    private static final List<String> LABELS = List.of(
            "audit.value.",
            "role.",
            "tenancy.contract.",
            "tenancy.kind.",
            "catalog.category.",
            "sla.day.",
            "requests.status.",
            "phone.channel.",
            "account.tokens.scope.");

    private final MessageSource messages;

    AuditWording(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an action key, or the key itself for an action this version does not know. */
    String action(String key, Locale locale) {
        return key == null ? "" : messages.getMessage("audit.action." + key, null, key, locale);
    }

    /** Recorded details with their keys and values in the viewer's words. */
    String details(String recorded, ZoneId zone, Locale locale) {
        return AuditDetails.read(recorded)
                .map(details -> details.stream()
                        .map(detail -> key(detail.key(), locale) + ": " + value(detail.value(), zone, locale))
                        .collect(Collectors.joining("; ")))
                .orElseGet(() -> text(recorded, zone, locale));
    }

    /** Recorded text with its instants and known constants in the viewer's words. */
    String text(String recorded, ZoneId zone, Locale locale) {
        if (recorded == null || recorded.isEmpty()) {
            return "";
        }
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone);
        var withTimes = replace(INSTANT.matcher(recorded), instant -> formatted(instant, formatter));
        var withNone = NULL.matcher(withTimes).replaceAll(Matcher.quoteReplacement(none(locale)));
        return replace(CONSTANT.matcher(withNone), constant -> label(constant, locale));
    }

    private String key(String key, Locale locale) {
        return messages.getMessage("audit.detail." + key.replace(' ', '-'), null, key, locale);
    }

    /** A value, or each side of a change {@code before -> after}, in words. */
    private String value(String value, ZoneId zone, Locale locale) {
        return Arrays.stream(value.split(CHANGE, -1))
                .map(side -> WORD.matcher(side).matches() ? word(side, locale) : text(side, zone, locale))
                .collect(Collectors.joining(CHANGE));
    }

    /** A whole value that is one lower-case code, such as {@code yes} or a service issue's status. */
    private String word(String value, Locale locale) {
        for (var prefix : WORD_LABELS) {
            var label = messages.getMessage(prefix + value, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return NULL.matcher(value).matches() ? none(locale) : value;
    }

    private String none(Locale locale) {
        return messages.getMessage("audit.value.none", null, "-", locale);
    }

    private String label(String constant, Locale locale) {
        if (constant.length() < 2) {
            return constant;
        }
        for (var prefix : LABELS) {
            var label = messages.getMessage(prefix + constant, null, null, locale);
            if (label != null) {
                return label;
            }
        }
        return constant;
    }

    private static String formatted(String instant, DateTimeFormatter formatter) {
        try {
            return formatter.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String replace(Matcher matcher, UnaryOperator<String> replacement) {
        var result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement.apply(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
