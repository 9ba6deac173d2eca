package org.helpline.tenancy;

import com.github.benmanes.caffeine.cache.Cache;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.MatchType;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import org.helpline.platform.Caches;
import org.helpline.shared.InvalidInputException;

/**
 * Phone numbers as Helpline stores and shows them: parsed with libphonenumber, where a number
 * without a country code is read as a number of {@code region} (an ISO 3166 alpha-2 code, such
 * as the tenant's country), stored in E.164 and shown in international or national format.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_INPUT = 40;
    private static final String UNKNOWN_REGION = "ZZ";

    /**
     * The E.164 form (empty: not valid) of inputs already checked, by region and input: intake checks
     * the contact phone of every request, and a tenant's admins file with the same few numbers.
     */
    private static final Cache<String, Optional<String>> CHECKED = Caches.local(10_000);

    private PhoneNumbers() {}

    /**
     * The number in E.164 ({@code +48221234567}).
     *
     * @throws InvalidInputException naming {@code field} when it is not a valid number
     */
    public static String toE164(String field, String raw, String region) {
        var e164 = CHECKED.get(
                region + " " + raw,
                key -> parse(raw, region)
                        .filter(UTIL::isValidNumber)
                        .map(number -> UTIL.format(number, PhoneNumberFormat.E164)));
        return e164.orElseThrow(() -> new InvalidInputException(
                field, "is not a valid phone number; write it with the country code, e.g. +48 22 123 45 67"));
    }

    /** Whether {@code raw} is a valid phone number, read as a number of {@code region}. */
    public static boolean isValid(String raw, String region) {
        return parse(raw, region).filter(UTIL::isValidNumber).isPresent();
    }

    /** {@code +48 22 123 45 67}; an unparseable input comes back unchanged. */
    public static String international(String e164) {
        return format(e164, PhoneNumberFormat.INTERNATIONAL);
    }

    /** {@code 22 123 45 67}, as dialled inside the number's own country. */
    public static String national(String e164) {
        return format(e164, PhoneNumberFormat.NATIONAL);
    }

    /** Whether both inputs denote the same number; national inputs are read as numbers of {@code region}. */
    public static boolean sameNumber(String a, String b, String region) {
        var first = parse(a, region);
        var second = parse(b, region);
        return first.isPresent()
                && second.isPresent()
                && UTIL.isNumberMatch(first.get(), second.get()) == MatchType.EXACT_MATCH;
    }

    private static String format(String e164, PhoneNumberFormat format) {
        return parse(e164, UNKNOWN_REGION)
                .map(number -> UTIL.format(number, format))
                .orElse(e164);
    }

    private static Optional<PhoneNumber> parse(String raw, String region) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_INPUT) {
            return Optional.empty();
        }
        var defaultRegion = region == null ? UNKNOWN_REGION : region.toUpperCase(Locale.ROOT);
        try {
            return Optional.of(UTIL.parse(raw.strip(), defaultRegion));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
