package org.helpline.health.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.health.DeflectionStats;
import org.helpline.health.KnownIssue;
import org.helpline.health.KnownIssues;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link KnownIssues}. */
@Service("knownIssues")
class IssueDeflection implements KnownIssues {

    private final Issues issues;
    private final Deflections deflections;
    private final HealthBoard health;
    private final TenantManagement tenants;
    private final Clock clock;

    IssueDeflection(Issues issues, Deflections deflections, HealthBoard health, TenantManagement tenants, Clock clock) {
        this.issues = issues;
        this.deflections = deflections;
        this.health = health;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<KnownIssue> matchingActiveIssues(String organisationId, UUID tenantId, String serviceId, String text) {
        var language = tenants.findProfileInOrganisation(organisationId, tenantId)
                .map(TenantProfile::language)
                .orElse(Locale.ENGLISH);
        return matchingActiveIssues(organisationId, tenantId, language, serviceId, text);
    }

    @Transactional(readOnly = true)
    @Override
    public List<KnownIssue> matchingActiveIssues(
            String organisationId, UUID tenantId, Locale language, String serviceId, String text) {
        var active = issues.active(organisationId).stream()
                .filter(issue -> issue.visibleTo(tenantId, false))
                .toList();
        if (active.isEmpty()) {
            return List.of();
        }
        var words = IssueMatcher.words(text);
        var titleLanguage = HealthBoard.language(language);
        return active.stream()
                .filter(issue -> IssueMatcher.matches(issue, serviceId, words))
                .map(issue ->
                        new KnownIssue(issue.id(), issue.text(titleLanguage).title(), issue.status()))
                .toList();
    }

    @Transactional
    @Override
    public void offered(HelplineUser admin, List<UUID> issueIds) {
        if (!issueIds.isEmpty()) {
            deflections.record(
                    admin.organisationId(), admin.tenantId().orElse(null), admin.id(), null, false, clock.instant());
        }
    }

    @Transactional
    @Override
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

    @Transactional(readOnly = true)
    @Override
    public DeflectionStats deflections(HelplineUser staff) {
        HealthBoard.requireStatusAuthor(staff);
        var since = clock.instant().minus(HealthBoard.HISTORY);
        long deflected = deflections.count(staff.organisationId(), true, since);
        long offers = deflections.count(staff.organisationId(), false, since) + deflected;
        return new DeflectionStats(offers, deflected, offers == 0 ? 0 : (double) deflected / offers);
    }
}
