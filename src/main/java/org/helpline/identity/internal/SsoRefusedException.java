package org.helpline.identity.internal;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * A provider's answer that signs nobody in here; {@code code} names the reason on the sign-in page
 * ({@code login.sso.<code>}) and in the audit trail, {@code email} whom it concerned if known.
 */
final class SsoRefusedException extends OAuth2AuthenticationException {

    private final transient String email;

    SsoRefusedException(String code, String email, String description) {
        super(new OAuth2Error(code, description, null), description);
        this.email = email;
    }

    String email() {
        return email;
    }
}
