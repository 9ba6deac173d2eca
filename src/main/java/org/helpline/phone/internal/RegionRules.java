package org.helpline.phone.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.PhoneNumbers;

/**
 * The rules every directory entry obeys, for the shipped data file and for admins' edits alike:
 * each number valid for the region (libphonenumber), its display form the same number, known
 * kinds and services, well-formed hours, real languages and a real time zone.
 */
final class RegionRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_DISPLAY = 40;

    private RegionRules() {}

    public static CheckedRegion check(String phoneRegion, RegionChange change) {
        var zone = zone(change.zone());
        var languages = new ArrayList<String>();
        for (int i = 0; i < change.languages().size(); i++) {
            languages.add(language("languages[" + i + "]", change.languages().get(i)));
        }
        if (languages.isEmpty()) {
            throw new InvalidInputException("languages", "must name at least one language");
        }
        var numbers = new ArrayList<NumberRecord>();
        for (int i = 0; i < change.numbers().size(); i++) {
            numbers.add(
                    number("numbers[" + i + "]", phoneRegion, change.numbers().get(i)));
        }
        var hours = new ArrayList<HoursRule>();
        for (int i = 0; i < change.hours().size(); i++) {
            var input = change.hours().get(i);
            hours.add(HoursRule.parse("hours[" + i + "]", input.service(), input.days(), input.from(), input.to()));
        }
        return new CheckedRegion(zone, List.copyOf(languages), List.copyOf(numbers), List.copyOf(hours));
    }

    static NumberRecord number(String field, String phoneRegion, RegionChange.NumberInput input) {
        var e164 = PhoneNumbers.toE164(field + ".number", input.number(), phoneRegion);
        var display = input.display() == null || input.display().isBlank()
                ? null
                : input.display().strip();
        if (display != null
                && (display.length() > MAX_DISPLAY || !PhoneNumbers.sameNumber(display, e164, phoneRegion))) {
            throw new InvalidInputException(field + ".display", "must write the same number as " + field + ".number");
        }
        return new NumberRecord(e164, display, kind(field + ".kind", input.kind()));
    }

    private static LineKind kind(String field, String value) {
        for (var kind : LineKind.values()) {
            if (kind != LineKind.INTERNATIONAL && kind.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return kind;
            }
        }
        throw new InvalidInputException(field, "must be TOLL_FREE, LOCAL, SHARED_COST or MOBILE");
    }

    static String language(String field, String tag) {
        var locale = Locale.forLanguageTag(tag == null ? "" : tag.strip());
        if (locale.getLanguage().isEmpty() || !LANGUAGES.contains(locale.getLanguage())) {
            throw new InvalidInputException(field, "is not a language tag such as en, pl or zh-CN");
        }
        return locale.toLanguageTag();
    }

    static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("zone", "is not a time zone such as Europe/Warsaw");
        }
    }
}
