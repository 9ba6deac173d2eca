package org.helpline.health;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.shared.HelplineUser;

/**
 * Deflection: while an admin writes a request, the request form offers the active issues
 * that match its service or text; choosing "this is my problem" subscribes the admin to the issue
 * instead of filing. Offers and choices are counted for the deflection rate.
 */
public interface KnownIssues {

    /**
     * The active issues an admin of {@code tenantId} sees that affect {@code serviceId} or share a
     * word of four letters or more with {@code text}; titles in the tenant's language.
     */
    List<KnownIssue> matchingActiveIssues(String organisationId, UUID tenantId, String serviceId, String text);

    /** Like the method above, for a caller that already knows the tenant's {@code language}. */
    List<KnownIssue> matchingActiveIssues(
            String organisationId, UUID tenantId, Locale language, String serviceId, String text);

    /** Counts that known issues were shown to the admin while writing a request (the rate's denominator). */
    void offered(HelplineUser admin, List<UUID> issueIds);

    /**
     * "This is my problem": subscribes the admin to the issue's updates and counts a deflection.
     * Returns false when the admin was already subscribed (counted once).
     */
    boolean subscribe(UUID issueId, HelplineUser admin);

    /** Offers and deflections of the last 90 days; for organisation admins and supervisors. */
    DeflectionStats deflections(HelplineUser staff);
}
