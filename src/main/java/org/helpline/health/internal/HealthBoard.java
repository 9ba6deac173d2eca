package org.helpline.health.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.health.Classification;
import org.helpline.health.HealthIssue;
import org.helpline.health.IssuePost;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue;
import org.helpline.health.ServiceHealth;
import org.helpline.health.ServiceStatus;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link ServiceHealth}. */
@Service("serviceHealth")
class HealthBoard implements ServiceHealth {

    static final Duration HISTORY = Duration.ofDays(90);

    private final Issues issues;
    private final Catalog catalog;
    private final TenantManagement tenants;
    private final AuditTrail audit;
    private final Clock clock;

    HealthBoard(Issues issues, Catalog catalog, TenantManagement tenants, AuditTrail audit, Clock clock) {
        this.issues = issues;
        this.catalog = catalog;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<ServiceStatus> services(HelplineUser reader, Locale locale) {
        var active = visible(reader).stream()
                .filter(issue -> issue.resolvedAt() == null)
                .toList();
        return catalog.services(reader.organisationId(), locale).stream()
                .map(service -> status(service, active))
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public List<HealthIssue> issues(HelplineUser reader, String state, String service, Locale locale) {
        if (state != null && !state.equals("active") && !state.equals("resolved")) {
            throw new InvalidInputException("state", "must be active or resolved");
        }
        var records = visible(reader).stream()
                .filter(issue -> state == null || state.equals("active") == (issue.resolvedAt() == null))
                .filter(issue ->
                        service == null || service.isBlank() || issue.services().contains(service))
                .toList();
        var posts = issues.posts(
                reader.organisationId(), records.stream().map(IssueRecord::id).toList());
        return records.stream()
                .map(issue -> view(issue, posts.getOrDefault(issue.id(), List.of()), reader, locale))
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public HealthIssue issue(HelplineUser reader, UUID id, Locale locale) {
        var issue = visibleIssue(reader, id);
        return view(
                issue, issues.posts(reader.organisationId(), List.of(id)).getOrDefault(id, List.of()), reader, locale);
    }

    @Transactional
    @Override
    public HealthIssue declare(HelplineUser author, NewIssue issue) {
        requireStatusAuthor(author);
        var organisation = author.organisationId();
        var checked = IssueRules.check(
                issue,
                serviceIds(organisation),
                tenant ->
                        tenants.findProfileInOrganisation(organisation, tenant).isPresent());
        var now = clock.instant();
        var record = new IssueRecord(
                organisation,
                UUID.randomUUID(),
                checked.classification(),
                checked.status(),
                checked.language(),
                checked.title(),
                checked.impactDescription(),
                checked.translations(),
                checked.services(),
                checked.tenants(),
                now,
                now,
                checked.status().ends() ? now : null,
                author.login(),
                0);
        issues.insert(record);
        issues.insertPost(
                organisation,
                record.id(),
                new IssuePost(UUID.randomUUID(), now, checked.status(), checked.impactDescription(), author.login()));
        audit.record(
                "health.issue.declared",
                null,
                checked.title(),
                AuditDetails.of("classification", checked.classification().value())
                        .and("status", checked.status().value()));
        return issue(author, record.id(), Locale.forLanguageTag(checked.language()));
    }

    @Transactional
    @Override
    public IssuePost post(HelplineUser author, UUID issueId, String status, String message) {
        requireStatusAuthor(author);
        var issue = issues.find(author.organisationId(), issueId)
                .orElseThrow(() -> new NotFoundException("Issue", issueId));
        var checked = IssueRules.checkPost(status, message);
        var now = clock.instant();
        var resolvedAt = checked.ends() ? (issue.resolvedAt() == null ? now : issue.resolvedAt()) : null;
        if (!issues.changeStatus(issue, checked, now, resolvedAt)) {
            throw new StaleEditException("Issue", issueId);
        }
        var post = new IssuePost(UUID.randomUUID(), now, checked, message.strip(), author.login());
        issues.insertPost(author.organisationId(), issueId, post);
        audit.record("health.issue.updated", null, issue.title(), AuditDetails.of("status", checked.value()));
        return post;
    }

    @Transactional(readOnly = true)
    @Override
    public String feed(HelplineUser reader, Locale locale, String selfUrl, String pageUrl) {
        var title = tenants.organisation(reader.organisationId()).name();
        return AtomFeed.of(
                "urn:helpline:health:" + reader.organisationId(),
                title,
                selfUrl,
                pageUrl,
                issues(reader, null, null, locale),
                clock.instant());
    }

    private List<IssueRecord> visible(HelplineUser reader) {
        var tenantId = reader.tenantId().orElse(null);
        return issues.recent(reader.organisationId(), clock.instant().minus(HISTORY)).stream()
                .filter(issue -> issue.visibleTo(tenantId, reader.isStaff()))
                .toList();
    }

    IssueRecord visibleIssue(HelplineUser reader, UUID id) {
        return issues.find(reader.organisationId(), id)
                .filter(issue -> issue.visibleTo(reader.tenantId().orElse(null), reader.isStaff()))
                .orElseThrow(() -> new NotFoundException("Issue", id));
    }

    private static ServiceStatus status(CatalogService service, List<IssueRecord> active) {
        var affecting = active.stream()
                .filter(issue -> issue.services().contains(service.id()))
                .toList();
        var worst = affecting.stream()
                .filter(issue -> issue.classification() == Classification.INCIDENT)
                .map(IssueRecord::status)
                .max(Comparator.comparingInt(IssueStatus::severity));
        var status = worst.map(IssueStatus::value)
                .orElse(affecting.isEmpty() ? ServiceStatus.HEALTHY : ServiceStatus.ADVISORY);
        return new ServiceStatus(
                service.id(),
                service.name(),
                status,
                affecting.stream().map(IssueRecord::id).toList());
    }

    private static HealthIssue view(IssueRecord issue, List<IssuePost> posts, HelplineUser reader, Locale locale) {
        var text = issue.text(language(locale));
        return new HealthIssue(
                issue.id(),
                issue.classification(),
                issue.status(),
                text.title(),
                text.impactDescription(),
                issue.services(),
                reader.isStaff() ? issue.tenants() : List.of(),
                issue.startedAt(),
                issue.updatedAt(),
                issue.resolvedAt(),
                issue.version(),
                posts);
    }

    private Set<String> serviceIds(String organisationId) {
        return catalog.services(organisationId, Locale.ENGLISH).stream()
                .map(CatalogService::id)
                .collect(Collectors.toSet());
    }

    static String language(Locale locale) {
        var language = locale == null ? "en" : locale.getLanguage();
        return "pl".equals(language) || "zh".equals(language) ? language : "en";
    }

    static void requireStatusAuthor(HelplineUser user) {
        if (!ServiceHealth.mayDeclare(user)) {
            throw new ForbiddenException("Issues are declared by the organisation's admins and supervisors.");
        }
    }

    @Override
    public List<CatalogService> declarableServices(HelplineUser author, Locale locale) {
        return catalog.services(author.organisationId(), locale);
    }
}
