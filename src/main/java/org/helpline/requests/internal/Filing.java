package org.helpline.requests.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.helpline.platform.DeferredInserts;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.Channel;
import org.helpline.requests.Filed;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.Requester;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;
import org.helpline.sla.SlaManagement;
import org.helpline.support.SupportDesk;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Filing: a tenant admin, or an agent on a tenant's behalf, asks for a new request. Checks who
 * files, then the {@link FilingRules} in the order a person would fix them (catalog, routing,
 * severity, customer duties, contact), and hands the accepted request to {@link Opening}. The
 * request number is reserved first (see {@link RequestNumbers}); the rest is one transaction, whose
 * append-only rows (timeline, history, audit, related issues, e-mails) go to the database together
 * ({@link DeferredInserts}). Filing is the only way a request comes into being.
 */
@Component
public class Filing {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final SupportDesk desk;
    private final TenantManagement tenants;
    private final CatalogChecks catalogChecks;
    private final SlaManagement sla;
    private final IdempotencyKeys keys;
    private final ServiceRequests requests;
    private final Opening opening;
    private final RelatedIssues relatedIssues;
    private final Validation validation;
    private final CallerAccess callers;
    private final DeferredInserts inserts;
    private final RequestNumbers numbers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Attachments attachments;

    Filing(
            SupportDesk desk,
            TenantManagement tenants,
            CatalogChecks catalogChecks,
            SlaManagement sla,
            IdempotencyKeys keys,
            ServiceRequests requests,
            Opening opening,
            RelatedIssues relatedIssues,
            Validation validation,
            CallerAccess callers,
            DeferredInserts inserts,
            RequestNumbers numbers,
            PlatformTransactionManager transactionManager,
            Clock clock,
            Attachments attachments) {
        this.attachments = attachments;
        this.desk = desk;
        this.tenants = tenants;
        this.catalogChecks = catalogChecks;
        this.sla = sla;
        this.keys = keys;
        this.requests = requests;
        this.opening = opening;
        this.relatedIssues = relatedIssues;
        this.validation = validation;
        this.callers = callers;
        this.inserts = inserts;
        this.numbers = numbers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The categories this admin may file. */
    public Set<RequestCategory> categories(HelplineUser admin) {
        desk.requireAssistedSupport(admin);
        return FilingRules.categoriesFor(admin.roles());
    }

    /** The severities the admin's contract allows for a category. */
    public Set<Severity> allowedSeverities(HelplineUser admin, RequestCategory category) {
        desk.requireAssistedSupport(admin);
        var profile = tenants.profile(admin.tenantId().orElseThrow());
        return sla.allowedSeverities(profile.organisationId(), category, profile.contract());
    }

    /**
     * A tenant admin files for their tenant, in the categories their roles allow. The
     * request number is reserved before the filing's transaction, see {@link RequestNumbers}.
     */
    public Filed open(HelplineUser admin, OpenRequest command, Channel channel, String key) {
        return open(admin, command, channel, key, List.of());
    }

    /**
     * Files the request with {@code files} attached to it; a file over a limit refuses the whole
     * request (413). A retry with the same key stores no files again.
     */
    public Filed open(
            HelplineUser admin, OpenRequest command, Channel channel, String key, List<AttachmentUpload> files) {
        var number = numbers.next(admin.organisationId(), clock.instant());
        return transactions.execute(status -> {
            var filed = open(admin, command, channel, key, number);
            if (filed.created() && !files.isEmpty()) {
                var request = filed.request();
                attachments.attach(
                        new Attachments.Target(request.tenantId(), request.id(), null, admin.id(), false),
                        List.of(),
                        files);
            }
            return filed;
        });
    }

    private Filed open(HelplineUser admin, OpenRequest command, Channel channel, String key, String number) {
        desk.requireAssistedSupport(admin);
        var existing = filedWithKey(admin, key);
        if (existing.isPresent()) {
            return alreadyFiled(existing.get());
        }
        validation.check(command);
        var allowedCategories = FilingRules.categoriesFor(admin.roles());
        if (!allowedCategories.contains(command.category())) {
            throw RuleViolated.categoryNotAllowed(command.category(), allowedCategories);
        }
        var profile = tenants.profile(admin.tenantId().orElseThrow());
        var routeTo = command.routeTo() == null ? HandledBy.PROVIDER : command.routeTo();
        return file(admin, profile, command, key, new Route(number, routeTo, channel, false));
    }

    /**
     * An agent on the phone files for a tenant of their organisation under a caller verification
     * grant; a partner agent for a tenant whose partner of record is theirs, handled by the partner.
     * A tenant the filer may not serve is "not found".
     */
    public Filed openOnBehalf(HelplineUser agent, UUID tenantId, OpenRequest command, String key) {
        var number = numbers.next(agent.organisationId(), clock.instant());
        return transactions.execute(status -> openOnBehalf(agent, tenantId, command, key, number));
    }

    private Filed openOnBehalf(HelplineUser agent, UUID tenantId, OpenRequest command, String key, String number) {
        var viewer = Viewer.of(agent)
                .filter(Viewer::isAgent)
                .orElseThrow(() -> new ForbiddenException(
                        "Requests are filed on behalf of tenants by agents, supervisors and partner agents."));
        if (tenantId == null) {
            throw new InvalidInputException("tenantId", "is required");
        }
        boolean partnerAgent = viewer.side() == Viewer.Side.PARTNER_AGENT;
        var profile = tenants.findProfileInOrganisation(agent.organisationId(), tenantId)
                .filter(found -> !partnerAgent
                        || found.partner() != null && found.partner().id().equals(viewer.partnerId()))
                .orElseThrow(() -> new NotFoundException("Tenant", tenantId));
        if (!partnerAgent) {
            requireGrant(agent, tenantId);
        }
        var existing = filedWithKey(agent, key);
        if (existing.isPresent()) {
            return alreadyFiled(existing.get());
        }
        validation.check(command);
        return file(
                agent,
                profile,
                command,
                key,
                new Route(number, onBehalfRoute(partnerAgent, command.routeTo()), Channel.PHONE, true));
    }

    private Filed alreadyFiled(ServiceRequest request) {
        return new Filed(
                request,
                sla.summary(request.id(), clock.instant()),
                false,
                relatedIssues.of(request.tenantId(), request.id()));
    }

    /** The request this user filed with the idempotency key, if any. */
    public Optional<ServiceRequest> filedWithKey(HelplineUser user, String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
        }
        return keys.find(user.id(), key).flatMap(requests::findForSystem);
    }

    private void requireGrant(HelplineUser agent, UUID tenantId) {
        if (!callers.granted(agent, tenantId)) {
            throw new ForbiddenException("Verify the caller first: filing on behalf of a tenant needs an active "
                    + "caller verification for this tenant (R-9).");
        }
    }

    private static HandledBy onBehalfRoute(boolean partnerAgent, HandledBy asked) {
        if (!partnerAgent) {
            return asked == null ? HandledBy.PROVIDER : asked;
        }
        if (asked == HandledBy.PROVIDER) {
            throw new InvalidInputException(
                    "routeTo", "must be PARTNER: a partner agent files requests their partner handles");
        }
        return HandledBy.PARTNER;
    }

    private record Route(String number, HandledBy routeTo, Channel channel, boolean onBehalf) {}

    /**
     * Files a request for a prospect, someone without an account: under the tenant the
     * caller keeps prospects' requests in, with the prospect as requester. The caller answers for
     * who the prospect is and for any idempotency; the rules of the catalog and the SLA apply as
     * to every request. The request number is reserved before the filing's transaction.
     */
    public Filed openForProspect(UUID tenantId, Requester prospect, OpenRequest command, Channel channel) {
        var profile = tenants.profile(tenantId);
        var number = numbers.next(profile.organisationId(), clock.instant());
        return transactions.execute(status -> {
            validation.check(command);
            var routeTo = new Route(number, HandledBy.PROVIDER, channel, false);
            return file(new Requester(prospect.id(), prospect.name(), false), profile, command, null, routeTo);
        });
    }

    private Filed file(HelplineUser requester, TenantProfile profile, OpenRequest command, String key, Route route) {
        return file(new Requester(requester.id(), requester.name(), route.onBehalf()), profile, command, key, route);
    }

    private Filed file(Requester requester, TenantProfile profile, OpenRequest command, String key, Route route) {
        catalogChecks.check(profile.organisationId(), command);
        if (route.routeTo() == HandledBy.PARTNER && profile.partner() == null) {
            throw new InvalidInputException("routeTo", "is PARTNER but the tenant has no partner of record (R-6)");
        }
        var allowed = sla.allowedSeverities(profile.organisationId(), command.category(), profile.contract());
        if (!allowed.contains(command.severity())) {
            throw RuleViolated.severityNotAllowed(command.severity(), command.category(), allowed);
        }
        var duties = FilingRules.severityADuties(command.severity(), command.contact(), command.businessImpact());
        if (!duties.isEmpty()) {
            throw RuleViolated.severityADuties(duties);
        }
        var contact = FilingRules.checkedContact(command.contact(), profile);
        var id = UUID.randomUUID();
        if (key != null) {
            keys.insert(requester.id(), key, profile.id(), id, clock.instant());
        }
        var checked =
                new Opening.Accepted(id, route.number(), route.routeTo(), contact, route.channel(), route.onBehalf());
        return inserts.together(() -> opening.open(requester, profile, command, checked));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
