package org.helpline.tenancy.internal;

import java.util.List;
import org.helpline.audit.AuditDetails;
import org.helpline.tenancy.Contract;

/**
 * What changed in a profile, written for the audit trail: {@code contract: 'STANDARD' -> 'ADVANCED';
 * phones: +[+48221234568] -[+48221234567]}.
 */
public final class ProfileDiff {

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

    public static AuditDetails between(State before, State after) {
        var details = AuditDetails.none()
                .andIfChanged("name", quoted(before.name()), quoted(after.name()))
                .andIfChanged("country", quoted(before.country()), quoted(after.country()))
                .andIfChanged("time zone", quoted(before.timeZone()), quoted(after.timeZone()))
                .andIfChanged("language", quoted(before.language()), quoted(after.language()))
                .andIfChanged("contract", quoted(before.contract()), quoted(after.contract()))
                .andIfChanged("partner", quoted(before.partner()), quoted(after.partner()))
                .andIfListChanged("phones", before.phones(), after.phones())
                .andIfListChanged("emails", before.emails(), after.emails());
        return details.isEmpty() ? AuditDetails.of("changes", null) : details;
    }

    /** A value in quotes, so that spaces around a name show; a missing one stays {@code null}. */
    private static String quoted(Object value) {
        return value == null ? null : "'" + value + "'";
    }
}
