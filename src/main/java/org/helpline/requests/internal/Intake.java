package org.helpline.requests.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.RequestCategory;
import org.helpline.identity.UserManagement;
import org.helpline.requests.Channel;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.ContactMethod;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.requests.RequestOpened;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.sla.ClockStart;
import org.helpline.sla.SlaManagement;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Files a request for a tenant admin: checks the rules in the order a person would fix them (role,
 * catalog, routing, severity, customer duties, contact), numbers it, starts its SLA clocks in the
 * same transaction and records it. The caller holds the transaction.
 */
@Component
public class Intake {

    private final TenantManagement tenants;
    private final Catalog catalog;
    private final SlaManagement sla;
    private final RequestNumbers numbers;
    private final ServiceRequests requests;
    private final RequestHistory history;
    private final IdempotencyKeys keys;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Validation validation;
    private final Clock clock;

    Intake(TenantManagement tenants, Catalog catalog, SlaManagement sla, RequestNumbers numbers,
            ServiceRequests requests, RequestHistory history, IdempotencyKeys keys, AuditTrail audit,
            ApplicationEventPublisher events, Validation validation, Clock clock) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.sla = sla;
        this.numbers = numbers;
        this.requests = requests;
        this.history = history;
        this.keys = keys;
        this.audit = audit;
        this.events = events;
        this.validation = validation;
        this.clock = clock;
    }

    public ServiceRequest open(HelplineUser admin, OpenRequest command, Channel channel, String idempotencyKey) {
        validation.check(command);
        var allowedCategories = IntakeRules.categoriesFor(admin.roles());
        if (!allowedCategories.contains(command.category())) {
            throw RuleViolated.categoryNotAllowed(command.category(), allowedCategories);
        }
        var profile = tenants.profile(admin.tenantId().orElseThrow());
        checkCatalog(profile.organisationId(), command);
        var routeTo = command.routeTo() == null ? HandledBy.PROVIDER : command.routeTo();
        if (routeTo == HandledBy.PARTNER && profile.partner() == null) {
            throw new InvalidInputException("routeTo", "is PARTNER but your organisation has no partner of record (R-6)");
        }
        var allowed = sla.allowedSeverities(profile.organisationId(), command.category(), profile.contract());
        if (!allowed.contains(command.severity())) {
            throw RuleViolated.severityNotAllowed(command.severity(), command.category(), allowed);
        }
        var duties = IntakeRules.severityADuties(command.severity(), command.contact());
        if (!duties.isEmpty()) {
            throw RuleViolated.severityADuties(duties);
        }
        var contact = checkedContact(command.contact(), profile);
        var id = UUID.randomUUID();
        if (idempotencyKey != null) {
            keys.insert(admin.id(), idempotencyKey, profile.id(), id, clock.instant());
        }
        return file(admin, profile, command, new Filing(id, routeTo, contact, channel));
    }

    private record Filing(UUID id, HandledBy routeTo, ContactDetails contact, Channel channel) {}

    private ServiceRequest file(HelplineUser admin, TenantProfile profile, OpenRequest command, Filing filing) {
        var now = clock.instant();
        var deadlines = sla.start(new ClockStart(filing.id(), profile.id(), profile.organisationId(),
                command.category(), command.severity(), profile.zone(), now));
        var partner = filing.routeTo() == HandledBy.PARTNER ? profile.partner() : null;
        var draft = new ServiceRequest(filing.id(), profile.id(), profile.name(), profile.organisationId(),
                numbers.next(profile.organisationId(), now), command.category(), blankToNull(command.serviceId()),
                command.problemClassification(), command.title().strip(), Markdown.toSafeHtml(command.description()),
                command.severity(), RequestStatus.NEW, filing.routeTo(), partner == null ? null : partner.id(),
                partner == null ? null : partner.name(), filing.channel(), admin.id(), admin.name(), filing.contact(),
                null, null, now, deadlines.firstResponseDue(), null, deadlines.nextUpdateDue(), null, null, false,
                null, now, 0);
        var state = QueueDeadline.apply(RequestState.of(draft), sla.state(filing.id(), now));
        var request = withQueueDeadline(draft, state);
        requests.insert(request, command.description());
        history.append(request.tenantId(), request.id(), new RequestHistory.Change(now, admin.id(), admin.name(),
                "OPENED", null, request.severity().name(), null, false, null));
        audit.record("request.opened", request.tenantId(), request.number(), "category: " + request.category()
                + "; severity: " + request.severity() + "; handled by: " + request.handledBy() + "; channel: "
                + request.channel());
        events.publishEvent(new RequestOpened(request.id(), request.tenantId(), request.organisationId(),
                request.number(), request.category(), request.severity(), request.handledBy(), request.partnerId(),
                request.channel(), now));
        return requests.findForSystem(request.id()).orElseThrow();
    }

    private void checkCatalog(String organisationId, OpenRequest command) {
        var serviceId = blankToNull(command.serviceId());
        if (serviceId == null && command.category() == RequestCategory.TECHNICAL) {
            throw new InvalidInputException("serviceId", "is required for technical requests");
        }
        if (serviceId != null && catalog.service(organisationId, serviceId, Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("serviceId", "is not a service of your support organisation");
        }
        var classification = catalog.classification(organisationId, command.category(),
                command.problemClassification(), Locale.ENGLISH);
        if (classification.isEmpty()) {
            throw new InvalidInputException("problemClassification",
                    "is not a problem classification of " + command.category() + " requests");
        }
        if (serviceId != null && !classification.get().appliesTo(serviceId)) {
            throw new InvalidInputException("problemClassification", "does not apply to the service " + serviceId);
        }
    }

    private static ContactDetails checkedContact(ContactDetails contact, TenantProfile profile) {
        var phone = blankToNull(contact.phone());
        var method = contact.preferredMethod() == null ? ContactMethod.EMAIL : contact.preferredMethod();
        if (phone == null && method == ContactMethod.PHONE) {
            throw new InvalidInputException("contact.phone", "is required when the preferred contact method is PHONE");
        }
        var e164 = phone == null ? null : PhoneNumbers.toE164("contact.phone", phone, profile.country());
        var email = EmailAddresses.normalise("contact.email", contact.email());
        var language = blankToNull(contact.language()) == null ? profile.language().toLanguageTag() : contact.language();
        if (!UserManagement.LANGUAGES.contains(language)) {
            throw new InvalidInputException("contact.language", "must be one of pl, en, zh-CN");
        }
        return new ContactDetails(e164, email, method, language, Boolean.TRUE.equals(contact.available24x7()));
    }

    private static ServiceRequest withQueueDeadline(ServiceRequest draft, RequestState state) {
        return new ServiceRequest(draft.id(), draft.tenantId(), draft.tenantName(), draft.organisationId(),
                draft.number(), draft.category(), draft.serviceId(), draft.problemClassification(), draft.title(),
                draft.descriptionHtml(), draft.severity(), draft.status(), draft.handledBy(), draft.partnerId(),
                draft.partnerName(), draft.channel(), draft.requesterId(), draft.requesterName(), draft.contact(),
                null, null, draft.receivedAt(), state.firstResponseDue(), null, state.nextUpdateDue(),
                state.slaDueAt(), state.slaRiskAt(), false, null, draft.updatedAt(), 0);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
