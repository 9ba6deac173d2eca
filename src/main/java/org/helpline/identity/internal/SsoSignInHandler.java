package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The end of a single sign-on. On success the session holds the Helpline user alone, as after a
 * password (the provider's tokens are not kept), the sign-in is audited and recorded like a form
 * sign-in; on failure the sign-in page names the reason ({@code login.sso.<reason>}).
 */
@Component
class SsoSignInHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The reasons the sign-in page has words for; any other is {@code failed}. */
    static final Set<String> REASONS = Set.of(
            "foreign_domain",
            "account_elsewhere",
            "disabled",
            "no_staff_role",
            "no_email",
            "replayed",
            "invalid_token",
            "unavailable",
            "cancelled",
            "failed");

    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler next =
            new SavedRequestAwareAuthenticationSuccessHandler();
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    SsoSignInHandler(Users users, AuditTrail audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        if (!(authentication.getPrincipal() instanceof SsoPrincipal signedIn)) {
            throw new IllegalStateException("A single sign-on without SsoUserService");
        }
        var user = signedIn.user();
        var token = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        token.setDetails(new WebAuthenticationDetails(request));
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        var subject = new AuditEntry.Subject(
                user.id(), user.login(), user.organisationId(), user.tenantId().orElse(null));
        audit.recordAnonymous(subject, "sign-in.succeeded", AuditDetails.of("method", "SSO"));
        users.recordSignIn(user.id(), clock.instant());
        SignInGuard.rememberClient();
        next.onAuthenticationSuccess(request, response, token);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        var reason = reasonOf(refused);
        var email = refused instanceof SsoRefusedException sso ? sso.email() : null;
        var subject = email == null
                ? new AuditEntry.Subject(null, "single sign-on", null, null)
                : users.findByLogin(email)
                        .map(user ->
                                new AuditEntry.Subject(user.id(), user.login(), user.organisationId(), user.tenantId()))
                        .orElseGet(() -> new AuditEntry.Subject(null, email, null, null));
        audit.recordAnonymous(
                subject, "sign-in.failed", AuditDetails.of("reason", "SSO_" + reason.toUpperCase(Locale.ROOT)));
        response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
    }

    /** Spring's error codes as the reasons the page names: a state never issued or used before is {@code replayed}. */
    static String reasonOf(AuthenticationException refused) {
        if (!(refused instanceof OAuth2AuthenticationException oauth)) {
            return "failed";
        }
        var code = oauth.getError().getErrorCode();
        var reason = switch (code) {
            case "authorization_request_not_found", "invalid_state_parameter" -> "replayed";
            case "invalid_id_token", "invalid_nonce", "invalid_token_response" -> "invalid_token";
            case "client_registration_not_found" -> "unavailable";
            case "access_denied" -> "cancelled";
            default -> code;
        };
        return REASONS.contains(reason) ? reason : "failed";
    }
}
