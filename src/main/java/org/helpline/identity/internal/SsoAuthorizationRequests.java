package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.helpline.tenancy.EmailAddresses;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The redirect to a provider: authorization code with PKCE, a state and (for OpenID) a nonce kept
 * in the session and checked on the way back; the e-mail the user typed goes along as {@code
 * login_hint}. An unknown or unreadable provider yields no redirect (the sign-in page is shown).
 */
final class SsoAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String BASE_URI = "/oauth2/authorization";

    private final DefaultOAuth2AuthorizationRequestResolver resolver;

    SsoAuthorizationRequests(ClientRegistrationRepository registrations) {
        this.resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, BASE_URI);
        this.resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        try {
            return withHint(resolver.resolve(request), request);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        try {
            return withHint(resolver.resolve(request, clientRegistrationId), request);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static OAuth2AuthorizationRequest withHint(
            OAuth2AuthorizationRequest resolved, HttpServletRequest request) {
        if (resolved == null) {
            // Not a way to a provider: its parameters are not ours to read (a broken form must reach
            // the page that refuses it in the reader's words).
            return null;
        }
        var hint = request.getParameter("login_hint");
        if (hint == null || !EmailAddresses.isValid(hint)) {
            return resolved;
        }
        return OAuth2AuthorizationRequest.from(resolved)
                .additionalParameters(parameters -> parameters.put("login_hint", hint.strip()))
                .build();
    }
}
