package org.helpline.phone.internal;

import org.helpline.tenancy.PhoneNumbers;

/**
 * How destinations are shown to agents and written to the audit trail: enough to recognise
 * them ({@code a***n@contoso.example}, {@code +48 ** *** ** 67}), not enough to use them.
 */
public final class Masks {

    private static final int VISIBLE_DIGITS = 2;

    private Masks() {}

    public static String email(String address) {
        var at = address.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        var local = address.substring(0, at);
        var shown = local.length() <= 2
                ? local.substring(0, 1) + "***"
                : local.charAt(0) + "***" + local.charAt(local.length() - 1);
        return shown + address.substring(at);
    }

    /** The international form with the country code and the last two digits kept. */
    public static String phone(String e164) {
        var international = PhoneNumbers.international(e164);
        var space = international.indexOf(' ');
        var prefix = space < 0 ? "" : international.substring(0, space);
        var rest = space < 0 ? international : international.substring(space);
        var digits = rest.chars().filter(Character::isDigit).count();
        var masked = new StringBuilder();
        var seen = 0;
        for (var c : rest.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                masked.append(seen > digits - VISIBLE_DIGITS ? c : '*');
            } else {
                masked.append(c);
            }
        }
        return prefix + masked;
    }
}
