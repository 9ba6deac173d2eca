package org.helpline.identity.internal;

/**
 * The header names and values Spring Security's {@code StrictHttpFirewall} allows by default
 * (assigned characters, no control characters; a value may hold tabs), checked with a loop instead
 * of the regular expression it matches on every header read: about 5% of an API call's CPU.
 * A property test holds these to the firewall's own predicates.
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    static boolean allowedName(String name) {
        return assignedAndNotControl(name, false);
    }

    static boolean allowedValue(String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean printableAscii = codePoint >= 0x20 && codePoint < 0x7F;
            if (!printableAscii
                    && !(tabAllowed && codePoint == '\t')
                    && (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.UNASSIGNED)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
