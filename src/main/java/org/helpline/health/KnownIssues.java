package org.helpline.health;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.health.internal.Deflections;
import org.helpline.health.internal.IssueMatcher;
import org.helpline.health.internal.Issues;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deflection: while an admin writes a request, the request form offers the active issues
 * that match its service or text; choosing "this is my problem" subscribes the admin to the issue
 * instead of filing. Offers and choices are counted for the deflection rate.
 */
@Service
public class KnownIssues {

    private final Issues issues;
    private final Deflections deflections;
    private final ServiceHealth health;
    private final TenantManagement tenants;
    private final Clock clock;

    KnownIssues(Issues issues, Deflections deflections, ServiceHealth health, TenantManagement tenants, Clock clock) {
        this.issues = issues;
        this.deflections = deflections;
        this.health = health;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * The active issues an admin of {@code tenantId} sees that affect {@code serviceId} or share a
     * word of four letters or more with {@code text}; titles in the tenant's language.
     */
    @Transactional(readOnly = true)
    public List<KnownIssue> matchingActiveIssues(String organisationId, UUID tenantId, String serviceId, String text) {
        var language = tenants.findProfileInOrganisation(organisationId, tenantId)
                .map(TenantProfile::language)
                .orElse(Locale.ENGLISH);
        return matchingActiveIssues(organisationId, tenantId, language, serviceId, text);
    }

    /** Like the method above, for a caller that already knows the tenant's {@code language}. */
    @Transactional(readOnly = true)
    public List<KnownIssue> matchingActiveIssues(
            String organisationId, UUID tenantId, Locale language, String serviceId, String text) {
        var active = issues.active(organisationId).stream()
                .filter(issue -> issue.visibleTo(tenantId, false))
                .toList();
        if (active.isEmpty()) {
            return List.of();
        }
        var words = IssueMatcher.words(text);
        var titleLanguage = ServiceHealth.language(language);
        return active.stream()
                .filter(issue -> IssueMatcher.matches(issue, serviceId, words))
                .map(issue ->
                        new KnownIssue(issue.id(), issue.text(titleLanguage).title(), issue.status()))
                .toList();
    }

    /** Counts that known issues were shown to the admin while writing a request (the rate's denominator). */
    @Transactional
    public void offered(HelplineUser admin, List<UUID> issueIds) {
        if (!issueIds.isEmpty()) {
            deflections.record(
                    admin.organisationId(), admin.tenantId().orElse(null), admin.id(), null, false, clock.instant());
        }
    }

    /**
     * "This is my problem": subscribes the admin to the issue's updates and counts a deflection.
     * Returns false when the admin was already subscribed (counted once).
     */
    @Transactional
    public boolean subscribe(UUID issueId, HelplineUser admin) {
        var tenantId =
                admin.tenantId().orElseThrow(() -> new ForbiddenException("Only customers subscribe to issues."));
        var issue = health.visibleIssue(admin, issueId);
        if (issue.resolvedAt() != null) {
            throw new InvalidInputException("issueId", "the issue is resolved");
        }
        var now = clock.instant();
        if (!deflections.subscribe(admin.organisationId(), tenantId, issueId, admin.id(), now)) {
            return false;
        }
        deflections.record(admin.organisationId(), tenantId, admin.id(), issueId, true, now);
        return true;
    }

    /** Offers and deflections of the last 90 days; for organisation admins and supervisors. */
    @Transactional(readOnly = true)
    public DeflectionStats deflections(HelplineUser staff) {
        ServiceHealth.requireStatusAuthor(staff);
        var since = clock.instant().minus(ServiceHealth.HISTORY);
        long deflected = deflections.count(staff.organisationId(), true, since);
        long offers = deflections.count(staff.organisationId(), false, since) + deflected;
        return new DeflectionStats(offers, deflected, offers == 0 ? 0 : (double) deflected / offers);
    }
}
