package org.helpline.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.internal.PartnerRules;
import org.helpline.tenancy.internal.Partners;
import org.helpline.tenancy.internal.ProfileChange;
import org.helpline.tenancy.internal.ProfileDiff;
import org.helpline.tenancy.internal.ProfileInput;
import org.helpline.tenancy.internal.SubscriptionRules;
import org.helpline.tenancy.internal.Subscriptions;
import org.helpline.tenancy.internal.SupportOrganisations;
import org.helpline.tenancy.internal.TenantContacts;
import org.helpline.tenancy.internal.TenantProfiles;
import org.helpline.tenancy.internal.TenantRecord;
import org.helpline.tenancy.internal.TenantRules;
import org.helpline.tenancy.internal.Tenants;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenancy module's entry point: support organisations, their tenants' profiles, partners
 * and subscriptions. Methods that take an {@code organisationId} act for an admin of that
 * organisation and treat tenants of any other organisation as not found. Every change is
 * audited in its own transaction.
 */
@Service
public class TenantManagement {

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

    TenantManagement(
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
    public List<SupportOrganisation> organisations() {
        return organisations.findAll();
    }

    @Transactional(readOnly = true)
    public SupportOrganisation organisation(String organisationId) {
        return organisations
                .find(organisationId)
                .orElseThrow(() -> new NotFoundException("Support organisation", organisationId));
    }

    @Transactional(readOnly = true)
    public TenantProfile profile(UUID tenantId) {
        return profiles.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant", tenantId));
    }

    /** The tenant's profile for staff of {@code organisationId}; empty when it belongs to another organisation. */
    @Transactional(readOnly = true)
    public Optional<TenantProfile> findProfileInOrganisation(String organisationId, UUID tenantId) {
        return profiles.find(tenantId)
                .filter(profile -> profile.organisationId().equals(organisationId));
    }

    /**
     * A page (from 0, at most {@value #MAX_PAGE_SIZE} long) of the organisation's tenants whose name
     * or domain contains {@code query} (any case; all when null or blank), sorted by name then id.
     */
    @Transactional(readOnly = true)
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
    public long countTenants(String organisationId, String query) {
        return tenants.count(organisationId, checkedQuery(query));
    }

    /** Registers a tenant in the admin's organisation; the domain must be unused. */
    @Transactional
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
        auditTrail.record(
                "tenant.created",
                tenant.id(),
                tenant.name(),
                "domain: " + tenant.domain() + "; country: " + tenant.country() + "; contract: " + tenant.contract());
        return profile(tenant.id());
    }

    /**
     * Replaces the editable profile if {@code change.version()} is still the current version.
     *
     * @throws StaleEditException when someone else changed the profile in between
     */
    @Transactional
    public TenantProfile changeProfile(String organisationId, UUID tenantId, ProfileChange change) {
        var current = profiles.tenantInOrganisation(organisationId, tenantId);
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
    public List<Partner> partners(String organisationId) {
        return partners.findByOrganisation(organisationId);
    }

    @Transactional(readOnly = true)
    public Optional<Partner> partner(UUID partnerId) {
        return partners.find(partnerId);
    }

    /** Registers a partner of the admin's organisation; its phone is read in the organisation's country. */
    @Transactional
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
                "phone: " + partner.phoneE164() + "; email: " + partner.email());
        return partner;
    }

    /**
     * The tenant that registered the number (E.164), when exactly one did; a number shared by
     * several tenants identifies none of them.
     */
    @Transactional(readOnly = true)
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

    private static String describe(Subscription subscription) {
        return "offering: " + subscription.offering() + "; kind: " + subscription.kind() + "; licences: "
                + subscription.licences() + "; renewal: " + subscription.renewalDate();
    }
}
