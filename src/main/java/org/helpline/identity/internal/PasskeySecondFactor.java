package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.helpline.shared.HelplineUser;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A passkey as the second factor: Spring Security's {@code POST /login/webauthn} checks the
 * assertion, and this accepts it only for the user the session signed in with a password (or single
 * sign-on) as; the session keeps that sign-in, passes the {@link SecondFactorGate} and gets a new
 * id. A passkey alone signs nobody in.
 */
@Component
class PasskeySecondFactor implements AuthenticationManager, AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SecondFactorService factors;

    PasskeySecondFactor(WebAuthnRelyingPartyOperations relyingParty, SecondFactorService factors) {
        this.relyingParty = relyingParty;
        this.factors = factors;
    }

    /** Sets Spring Security's passkey sign-in filter to work as a second factor. */
    WebAuthnAuthenticationFilter secondFactor(WebAuthnAuthenticationFilter filter) {
        filter.setAuthenticationManager(this);
        filter.setAuthenticationSuccessHandler(this);
        filter.setAuthenticationFailureHandler(this);
        filter.setApplicationEventPublisher(event -> {});
        return filter;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!(attempt instanceof WebAuthnAuthenticationRequestToken request)
                || signedIn == null
                || !(signedIn.getPrincipal() instanceof HelplineUser user)) {
            throw new BadCredentialsException("Sign in with your password before your passkey.");
        }
        factors.verifyPasskey(user, address(), () -> {
            if (!user.login().equals(owner(request))) {
                throw new BadCredentialsException("The passkey belongs to another user.");
            }
        });
        return signedIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        request.changeSessionId();
        SecondFactorGate.pass(request, (HelplineUser) authentication.getPrincipal());
        write(response, 200, "{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + "/\"}");
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        write(response, 401, "{\"authenticated\":false}");
    }

    /** The login the passkey belongs to, or null if the assertion does not verify. */
    private String owner(WebAuthnAuthenticationRequestToken request) {
        try {
            return relyingParty.authenticate(request.getWebAuthnRequest()).getName();
        } catch (RuntimeException unverified) {
            return null;
        }
    }

    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "unknown";
    }

    private static void write(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
