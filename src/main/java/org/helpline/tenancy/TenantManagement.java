package org.helpline.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.StaleEditException;
import org.helpline.tenancy.internal.ProfileChange;

/**
 * The tenancy module's entry point: support organisations, their tenants' profiles, partners
 * and subscriptions. Methods that take an {@code organisationId} act for an admin of that
 * organisation and treat tenants of any other organisation as not found. Every change is
 * audited in its own transaction.
 */
public interface TenantManagement {

    List<SupportOrganisation> organisations();

    SupportOrganisation organisation(String organisationId);

    TenantProfile profile(UUID tenantId);

    /** The tenant's profile for staff of {@code organisationId}; empty when it belongs to another organisation. */
    Optional<TenantProfile> findProfileInOrganisation(String organisationId, UUID tenantId);

    /**
     * A page (from 0, at most {@value #MAX_PAGE_SIZE} long) of the organisation's tenants whose name
     * or domain contains {@code query} (any case; all when null or blank), sorted by name then id.
     */
    List<TenantSummary> tenants(String organisationId, String query, int page, int size);

    long countTenants(String organisationId, String query);

    /** Registers a tenant in the admin's organisation; the domain must be unused. */
    TenantProfile createTenant(String organisationId, NewTenant command);

    /**
     * Registers the tenant under which the organisation keeps the requests of prospects, people who
     * are not its customers yet: named "Prospects", with the organisation's country, zone and
     * language, the standard contract, a domain under the reserved {@code .invalid} top-level domain
     * ({@value #PROSPECTS_DOMAIN_SUFFIX}) because it has none, and no registered phones, e-mails or
     * users, so that only the organisation's agents see its requests. The organisations of the first
     * migration have theirs from the presales module's migration; a second one is refused.
     */
    TenantProfile createProspectsTenant(String organisationId);

    /** The domain of an organisation's prospects tenant is {@code prospects.<organisation id>} followed by this. */
    String PROSPECTS_DOMAIN_SUFFIX = ".invalid";

    /** Whether a tenant with this domain is a prospects tenant. */
    static boolean keepsProspects(String domain) {
        return domain != null && domain.startsWith("prospects.") && domain.endsWith(PROSPECTS_DOMAIN_SUFFIX);
    }

    /**
     * Replaces the editable profile if {@code change.version()} is still the current version.
     *
     * @throws StaleEditException when someone else changed the profile in between
     */
    TenantProfile changeProfile(String organisationId, UUID tenantId, ProfileChange change);

    Subscription addSubscription(String organisationId, UUID tenantId, NewSubscription command);

    void removeSubscription(String organisationId, UUID tenantId, UUID subscriptionId);

    List<Partner> partners(String organisationId);

    Optional<Partner> partner(UUID partnerId);

    /** Registers a partner of the admin's organisation; its phone is read in the organisation's country. */
    Partner createPartner(String organisationId, NewPartner command);

    /**
     * The tenant that registered the number (E.164), when exactly one did; a number shared by
     * several tenants identifies none of them.
     */
    Optional<UUID> findTenantByRegisteredPhone(String e164);
}
