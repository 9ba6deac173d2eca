package org.helpline.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the sign-in and invitation pages: which provider an address signs in through, and whether a
 * tenant takes passwords at all.
 */
@Component
public class SsoDirectory {

    /** Where an address is sent: its provider's registration, or (empty) the password step. */
    public sealed interface Route {}

    /** The provider answers at {@code /oauth2/authorization/{registrationId}}. */
    public record ToProvider(String registrationId) implements Route {}

    /** The address's domain has a provider, but its metadata cannot be read now. */
    public record ProviderUnavailable() implements Route {}

    private final SsoClientRegistrations registrations;
    private final TenantSsoRows rows;

    SsoDirectory(SsoClientRegistrations registrations, TenantSsoRows rows) {
        this.registrations = registrations;
        this.rows = rows;
    }

    /** The route of a registered domain's address; empty for other addresses (the password step). */
    @Transactional(readOnly = true)
    public Optional<Route> routeFor(String email) {
        return registrations
                .registrationFor(email)
                .map(id -> registrations.findByRegistrationId(id) == null
                        ? new ProviderUnavailable()
                        : new ToProvider(id));
    }

    /** Whether the sign-in page has words for the reason of a refused single sign-on ({@code login.sso.<reason>}). */
    public static boolean knownRefusal(String reason) {
        return SsoSignInHandler.REASONS.contains(reason);
    }

    /** Whether the address signs in through the provider of this tenant (its domain is one of the tenant's). */
    @Transactional(readOnly = true)
    public boolean signsInThroughProvider(UUID tenantId, String email) {
        return registrations
                .registrationFor(email)
                .filter(tenantId.toString()::equals)
                .isPresent();
    }

    /** Whether the tenant's users sign in through its provider only. */
    @Transactional(readOnly = true)
    public boolean requiredFor(UUID tenantId) {
        return tenantId != null && rows.requiredFor(tenantId);
    }
}
