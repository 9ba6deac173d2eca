package org.helpline.tenancy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;

/**
 * E-mail addresses as Helpline stores them: trimmed, lower-cased, with a domain that has at least
 * two labels. Deliberately stricter than RFC 5322 (no quoted local parts, no IP literals), because
 * codes and notifications are sent to these addresses.
 */
public final class EmailAddresses {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern ADDRESS = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private EmailAddresses() {}

    /**
     * The address trimmed and lower-cased.
     *
     * @throws InvalidInputException naming {@code field} when it is not a valid address
     */
    public static String normalise(String field, String raw) {
        return valid(raw).orElseThrow(() -> new InvalidInputException(field, "is not a valid e-mail address"));
    }

    /** Whether {@code raw} is a valid address. */
    public static boolean isValid(String raw) {
        return valid(raw).isPresent();
    }

    private static Optional<String> valid(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var address = raw.strip().toLowerCase(Locale.ROOT);
        if (address.length() > MAX_LENGTH || !ADDRESS.matcher(address).matches()) {
            return Optional.empty();
        }
        var local = address.substring(0, address.indexOf('@'));
        var wellFormed = local.length() <= MAX_LOCAL_PART
                && !local.startsWith(".")
                && !local.endsWith(".")
                && !local.contains("..");
        return wellFormed ? Optional.of(address) : Optional.empty();
    }
}
