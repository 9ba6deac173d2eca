package org.helpline.identity.internal;

import java.io.Serial;
import org.helpline.shared.HelplineUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The provider's user with the Helpline user it signed in as; {@link SsoSignInHandler} puts the
 * Helpline user alone into the session, as a password sign-in does.
 */
final class SsoPrincipal extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final HelplineUser user;
    private final String registrationId;

    SsoPrincipal(OidcUser provided, HelplineUser user, String registrationId) {
        super(user.getAuthorities(), provided.getIdToken(), provided.getUserInfo(), "sub");
        this.user = user;
        this.registrationId = registrationId;
    }

    HelplineUser user() {
        return user;
    }

    String registrationId() {
        return registrationId;
    }
}
