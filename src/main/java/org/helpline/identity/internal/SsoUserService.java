package org.helpline.identity.internal;

import org.helpline.shared.ProblemException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Called by Spring Security once the ID token's signature, issuer, audience, expiry and nonce have
 * been checked: reads the provider's user (with its user-info claims) and signs in the Helpline
 * user {@link SsoAccounts} finds or creates for it.
 */
@Component
class SsoUserService extends OidcUserService {

    private final SsoAccounts accounts;

    SsoUserService(SsoAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var provided = super.loadUser(request);
        var registrationId = request.getClientRegistration().getRegistrationId();
        try {
            return new SsoPrincipal(provided, accounts.signIn(registrationId, provided), registrationId);
        } catch (ProblemException conflict) {
            throw new SsoRefusedException("failed", provided.getEmail(), conflict.getMessage());
        }
    }
}
