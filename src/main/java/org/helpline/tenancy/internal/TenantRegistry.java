package org.helpline.tenancy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.NewSubscription;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.Partner;
import org.helpline.tenancy.Subscription;
import org.helpline.tenancy.SupportOrganisation;
import org.helpline.tenancy.TenantManagement;
import org.helpline.tenancy.TenantProfile;
import org.helpline.tenancy.TenantSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link TenantManagement}. */
@Service("tenantManagement")
class TenantRegistry implements TenantManagement {

    static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_QUERY = 200;

    private final SupportOrganisations organisations;
    private final Tenants tenants;
    private final TenantContacts contacts;
    private final Subscriptions subscriptions;
    private final Partners partners;
    private final TenantProfiles profiles;
    private final AuditTrail auditTrail;
    private final Clock clock;

    TenantRegistry(
            SupportOrganisations organisations,
            Tenants tenants,
            TenantContacts contacts,
            Subscriptions subscriptions,
            Partners partners,
            TenantProfiles profiles,
            AuditTrail auditTrail,
            Clock clock) {
        this.organisations = organisations;
        this.tenants = tenants;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.partners = partners;
        this.profiles = profiles;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<SupportOrganisation> organisations() {
        return organisations.findAll();
    }

    @Transactional(readOnly = true)
    @Override
    public SupportOrganisation organisation(String organisationId) {
        return organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFoundException("Support organisation", organisationId));
    }

    @Transactional(readOnly = true)
    @Override
    public TenantProfile profile(UUID tenantId) {
        return profiles.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant", tenantId));
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<TenantProfile> findProfileInOrganisation(String organisationId, UUID tenantId) {
        return profiles.find(tenantId)
                .filter(profile -> profile.organisationId().equals(organisationId));
    }

    @Transactional(readOnly = true)
    @Override
    public List<TenantSummary> tenants(String organisationId, String query, int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return tenants.search(organisationId, checkedQuery(query), Math.multiplyExact(page, size), size);
    }

    @Transactional(readOnly = true)
    @Override
    public long countTenants(String organisationId, String query) {
        return tenants.count(organisationId, checkedQuery(query));
    }

    @Transactional
    @Override
    public TenantProfile createTenant(String organisationId, NewTenant command) {
        organisation(organisationId);
        var checked = TenantRules.checkNew(command.domain(), ProfileInput.of(command));
        profiles.partnerOf(organisationId, command.partnerId(), "partnerId");
        if (tenants.domainTaken(checked.domain())) {
            throw domainTaken();
        }
        var tenant = TenantRecord.register(organisationId, checked);
        try {
            tenants.insert(tenant, clock.instant());
        } catch (DuplicateKeyException e) {
            throw domainTaken();
        }
        contacts.replacePhones(tenant.id(), checked.profile().phones());
        contacts.replaceEmails(tenant.id(), checked.profile().emails());
        return created(tenant);
    }

    @Transactional
    @Override
    public TenantProfile createProspectsTenant(String organisationId) {
        var organisation = organisation(organisationId);
        var domain = "prospects." + organisationId + PROSPECTS_DOMAIN_SUFFIX;
        if (tenants.domainTaken(domain)) {
            throw new InvalidInputException("organisationId", "has its prospects tenant already");
        }
        var tenant = new TenantRecord(
                UUID.randomUUID(),
                organisationId,
                "Prospects",
                domain,
                organisation.country(),
                organisation.zone().getId(),
                organisation.defaultLanguage().toLanguageTag(),
                Contract.STANDARD,
                null,
                0);
        tenants.insert(tenant, clock.instant());
        return created(tenant);
    }

    private TenantProfile created(TenantRecord tenant) {
        auditTrail.record(
                "tenant.created",
                tenant.id(),
                tenant.name(),
                AuditDetails.of("domain", tenant.domain())
                        .and("country", tenant.country())
                        .and("contract", tenant.contract()));
        return profile(tenant.id());
    }

    @Transactional
    @Override
    public TenantProfile changeProfile(String organisationId, UUID tenantId, ProfileChange change) {
        var current = profiles.tenantInOrganisation(organisationId, tenantId);
        if (TenantManagement.keepsProspects(current.domain())) {
            throw new InvalidInputException("tenantId", "keeps prospects' requests; Helpline sets its profile");
        }
        var checked = TenantRules.check(ProfileInput.of(change));
        var partner = profiles.partnerOf(organisationId, checked.partnerId(), "partnerId");
        if (current.version() != change.version()) {
            throw new StaleEditException("Tenant", tenantId);
        }
        var before = profiles.state(current);
        var updated = current.with(checked);
        if (!tenants.update(updated)) {
            throw new StaleEditException("Tenant", tenantId);
        }
        contacts.replacePhones(tenantId, checked.phones());
        contacts.replaceEmails(tenantId, checked.emails());
        var after = profiles.state(updated, partner);
        auditTrail.record("tenant.profile-changed", tenantId, updated.name(), ProfileDiff.between(before, after));
        return profile(tenantId);
    }

    @Transactional
    @Override
    public Subscription addSubscription(String organisationId, UUID tenantId, NewSubscription command) {
        var tenant = profiles.tenantInOrganisation(organisationId, tenantId);
        var checked = SubscriptionRules.check(command);
        profiles.partnerOf(organisationId, checked.partnerId(), "partnerId");
        var subscription = new Subscription(
                UUID.randomUUID(),
                checked.offering(),
                checked.kind(),
                checked.licences(),
                checked.renewalDate(),
                checked.partnerId());
        subscriptions.insert(tenantId, subscription);
        tenants.touch(tenantId);
        auditTrail.record("tenant.subscription-added", tenantId, tenant.name(), describe(subscription));
        return subscription;
    }

    @Transactional
    @Override
    public void removeSubscription(String organisationId, UUID tenantId, UUID subscriptionId) {
        var tenant = profiles.tenantInOrganisation(organisationId, tenantId);
        var subscription = subscriptions.findByTenant(tenantId).stream()
                .filter(candidate -> candidate.id().equals(subscriptionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Subscription", subscriptionId));
        subscriptions.delete(tenantId, subscriptionId);
        tenants.touch(tenantId);
        auditTrail.record("tenant.subscription-removed", tenantId, tenant.name(), describe(subscription));
    }

    @Transactional(readOnly = true)
    @Override
    public List<Partner> partners(String organisationId) {
        return partners.findByOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Partner> partner(UUID partnerId) {
        return partners.find(partnerId);
    }

    @Transactional
    @Override
    public Partner createPartner(String organisationId, NewPartner command) {
        var organisation = organisation(organisationId);
        var checked = PartnerRules.check(command, organisation.country());
        var partner = new Partner(
                UUID.randomUUID(),
                organisationId,
                checked.name(),
                checked.phone(),
                checked.email(),
                checked.website(),
                0);
        partners.insert(partner);
        auditTrail.record(
                "partner.created",
                null,
                partner.name(),
                AuditDetails.of("phone", partner.phoneE164()).and("email", partner.email()));
        return partner;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<UUID> findTenantByRegisteredPhone(String e164) {
        var found = tenants.findByRegisteredPhone(e164);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static String checkedQuery(String query) {
        if (query != null && query.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "is longer than " + MAX_QUERY + " characters");
        }
        return query;
    }

    private static InvalidInputException domainTaken() {
        return new InvalidInputException("domain", "is already registered by another tenant");
    }

    private static AuditDetails describe(Subscription subscription) {
        return AuditDetails.of("offering", subscription.offering())
                .and("kind", subscription.kind())
                .and("licences", subscription.licences())
                .and("renewal", subscription.renewalDate());
    }
}
