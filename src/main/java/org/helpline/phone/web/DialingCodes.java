package org.helpline.phone.web;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The countries a phone number may belong to, with their calling codes, for the editor's country
 * select beside each number; and an E.164 number split back into that country and its national form.
 */
final class DialingCodes {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** A country the select offers: {@code code} as ISO 3166, {@code label} such as "Poland (+48)". */
    record Country(String code, String label) {}

    /** A stored number as the editor shows it: the country and the number as dialled there. */
    record Split(String country, String national) {}

    private DialingCodes() {}

    static List<Country> countries(Locale viewer) {
        var collator = Collator.getInstance(viewer);
        return UTIL.getSupportedRegions().stream()
                .map(code -> new Country(code, label(code, viewer)))
                .sorted(Comparator.comparing(Country::label, collator))
                .toList();
    }

    static boolean known(String country) {
        return country != null && UTIL.getSupportedRegions().contains(country);
    }

    static String name(String country, Locale viewer) {
        return new Locale("", country).getDisplayCountry(viewer);
    }

    /** {@code +48221234567} as {@code PL} and {@code 22 123 45 67}; a number of no country stays whole. */
    static Split split(String e164, String fallbackCountry) {
        try {
            var number = UTIL.parse(e164, "ZZ");
            var country = UTIL.getRegionCodeForNumber(number);
            if (!known(country)) {
                return new Split(fallbackCountry, UTIL.format(number, PhoneNumberFormat.INTERNATIONAL));
            }
            return new Split(country, UTIL.format(number, PhoneNumberFormat.NATIONAL));
        } catch (NumberParseException e) {
            return new Split(fallbackCountry, e164);
        }
    }

    /** The country to offer first for a new number of the directory entry {@code regionCode}. */
    static Optional<String> defaultCountry(String regionCode) {
        return known(regionCode) ? Optional.of(regionCode) : Optional.empty();
    }

    private static String label(String code, Locale viewer) {
        return name(code, viewer) + " (+" + UTIL.getCountryCodeForRegion(code) + ")";
    }
}
