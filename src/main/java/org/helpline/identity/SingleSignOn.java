package org.helpline.identity;

import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.HelplineUser;

/**
 * A tenant's OpenID Connect provider: users whose e-mail domain it owns sign in there, their
 * accounts are created at the first sign-in and their roles follow the provider's roles claim
 * ({@link DirectoryRoles}) at every sign-in. Managed by the tenant's global admins and the org
 * admins of the tenant's support organisation; another tenant is forbidden, another
 * organisation's tenant not found. Changes are audited ({@code sso.configured}, {@code sso.removed}).
 */
public interface SingleSignOn {

    /** The tenant's settings, without the client secret; empty when the tenant has none. */
    Optional<SsoConfiguration> settings(HelplineUser actor, UUID tenantId);

    /**
     * Saves the settings after fetching the provider's metadata from the issuer; the secret may be
     * left out once one is kept. {@code settings.version()} null skips the concurrency check.
     */
    SsoConfiguration configure(HelplineUser actor, UUID tenantId, SsoSettings settings);

    /** The address to register at the tenant's provider, {@code {public-url}/login/oauth2/code/{tenantId}}. */
    String redirectUri(UUID tenantId);

    /** Removes the settings; users created through the provider keep their accounts, without a password. */
    void remove(HelplineUser actor, UUID tenantId, Long version);

    /**
     * Saves the settings of the demo data without an actor and without asking the provider, which
     * need not be running when the demo is loaded: it is asked at the first sign-in.
     */
    SsoConfiguration seed(UUID tenantId, SsoSettings settings);
}
