package org.helpline.tenancy.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.Caches;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.Partner;
import org.helpline.tenancy.RegisteredEmail;
import org.helpline.tenancy.RegisteredPhone;
import org.helpline.tenancy.Subscription;
import org.helpline.tenancy.TenantProfile;
import org.springframework.stereotype.Component;

/**
 * Reads tenants and partners as an organisation admin may see them: anything of another
 * organisation is reported as not found, so that its ids cannot be probed.
 *
 * <p>A tenant's phones, e-mails and subscriptions are kept in memory by the tenant's version:
 * every change of them bumps it in the same transaction, so the tenant row tells whether what is
 * kept is still current (on every node as soon as the change commits, since {@link Tenants} keeps
 * the row in a shared cache). Intake reads a profile on every request.
 */
@Component
public class TenantProfiles {

    private final Tenants tenants;
    private final TenantContacts contacts;
    private final Subscriptions subscriptions;
    private final Partners partners;
    private final Cache<UUID, OwnedParts> owned = Caches.local(50_000);

    private record OwnedParts(
            long version,
            List<RegisteredPhone> phones,
            List<RegisteredEmail> emails,
            List<Subscription> subscriptions) {}

    TenantProfiles(Tenants tenants, TenantContacts contacts, Subscriptions subscriptions, Partners partners) {
        this.tenants = tenants;
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.partners = partners;
    }

    public Optional<TenantProfile> find(UUID tenantId) {
        return tenants.find(tenantId).map(this::assemble);
    }

    public TenantRecord tenantInOrganisation(String organisationId, UUID tenantId) {
        return tenants.find(tenantId)
                .filter(tenant -> tenant.organisationId().equals(organisationId))
                .orElseThrow(() -> new NotFoundException("Tenant", tenantId));
    }

    /** The partner, or null when {@code partnerId} is null; one of another organisation breaks the rule of {@code field}. */
    public Partner partnerOf(String organisationId, UUID partnerId, String field) {
        if (partnerId == null) {
            return null;
        }
        return partners.find(partnerId)
                .filter(partner -> partner.organisationId().equals(organisationId))
                .orElseThrow(() -> new InvalidInputException(field, "is not a partner of your support organisation"));
    }

    public ProfileDiff.State state(TenantRecord tenant) {
        var partner = tenant.partnerId() == null
                ? null
                : partners.find(tenant.partnerId()).orElse(null);
        return state(tenant, partner);
    }

    public ProfileDiff.State state(TenantRecord tenant, Partner partner) {
        return new ProfileDiff.State(
                tenant.name(),
                tenant.country(),
                tenant.timeZone(),
                tenant.language(),
                tenant.contract(),
                partner == null ? null : partner.name(),
                contacts.phones(tenant.id()).stream().map(RegisteredPhone::e164).toList(),
                contacts.emails(tenant.id()).stream()
                        .map(RegisteredEmail::email)
                        .toList());
    }

    private TenantProfile assemble(TenantRecord tenant) {
        var parts = ownedParts(tenant);
        var partner = tenant.partnerId() == null
                ? null
                : partners.find(tenant.partnerId()).orElse(null);
        return new TenantProfile(
                tenant.id(),
                tenant.organisationId(),
                tenant.name(),
                tenant.domain(),
                tenant.country(),
                ZoneId.of(tenant.timeZone()),
                Locale.forLanguageTag(tenant.language()),
                tenant.contract(),
                partner,
                parts.phones(),
                parts.emails(),
                parts.subscriptions(),
                tenant.version());
    }

    private OwnedParts ownedParts(TenantRecord tenant) {
        var kept = owned.getIfPresent(tenant.id());
        if (kept != null && kept.version() == tenant.version()) {
            return kept;
        }
        var read = new OwnedParts(
                tenant.version(),
                List.copyOf(contacts.phones(tenant.id())),
                List.copyOf(contacts.emails(tenant.id())),
                List.copyOf(subscriptions.findByTenant(tenant.id())));
        owned.put(tenant.id(), read);
        return read;
    }
}
