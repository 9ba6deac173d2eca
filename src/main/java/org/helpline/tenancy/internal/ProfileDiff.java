package org.helpline.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.helpline.tenancy.Contract;

/**
 * What changed in a profile, written for the audit trail: {@code contract: STANDARD -> ADVANCED;
 * phones: +[+48221234568] -[+48221234567]}. Details are cut to what the audit column holds.
 */
public final class ProfileDiff {

    static final int MAX_LENGTH = 2000;

    private ProfileDiff() {}

    /** The compared facts of a profile; {@code partner} is the partner's name, or null. */
    public record State(
            String name,
            String country,
            String timeZone,
            String language,
            Contract contract,
            String partner,
            List<String> phones,
            List<String> emails) {}

    public static String between(State before, State after) {
        var changes = new ArrayList<String>();
        value(changes, "name", before.name(), after.name());
        value(changes, "country", before.country(), after.country());
        value(changes, "timeZone", before.timeZone(), after.timeZone());
        value(changes, "language", before.language(), after.language());
        value(changes, "contract", before.contract(), after.contract());
        value(changes, "partner", before.partner(), after.partner());
        list(changes, "phones", before.phones(), after.phones());
        list(changes, "emails", before.emails(), after.emails());
        var details = changes.isEmpty() ? "no changes" : String.join("; ", changes);
        return details.length() <= MAX_LENGTH ? details : details.substring(0, MAX_LENGTH - 3) + "...";
    }

    private static void value(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + shown(before) + " -> " + shown(after));
        }
    }

    private static void list(List<String> changes, String field, List<String> before, List<String> after) {
        var added = after.stream().filter(value -> !before.contains(value)).toList();
        var removed = before.stream().filter(value -> !after.contains(value)).toList();
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        var change = new StringBuilder(field).append(':');
        if (!added.isEmpty()) {
            change.append(" +").append(added);
        }
        if (!removed.isEmpty()) {
            change.append(" -").append(removed);
        }
        changes.add(change.toString());
    }

    private static String shown(Object value) {
        return value == null ? "(none)" : "'" + value + "'";
    }
}
