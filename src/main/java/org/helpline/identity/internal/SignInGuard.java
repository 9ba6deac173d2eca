package org.helpline.identity.internal;

import java.time.Clock;
import java.util.Locale;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.IdentityProperties;
import org.helpline.shared.HelplineUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins and locks an account for a while after too many in a row, so that
 * passwords cannot be guessed; every sign-in, failure and lock is audited.
 */
@Component
class SignInGuard {

    private final Users users;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInGuard(Users users, AuditTrail audit, IdentityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var login = String.valueOf(event.getAuthentication().getPrincipal()).toLowerCase(Locale.ROOT);
        var user = users.findByLogin(login);
        if (user.isEmpty()) {
            audit.recordAnonymous(
                    new AuditEntry.Subject(null, abbreviate(login), null, null), "sign-in.failed", "unknown login");
            return;
        }
        var row = user.get();
        boolean locks = row.failedSignIns() + 1 >= properties.maxFailedSignIns();
        var lockedUntil = locks ? clock.instant().plus(properties.lockout()) : null;
        users.recordFailedSignIn(row.id(), lockedUntil);
        var subject = new AuditEntry.Subject(row.id(), row.login(), row.organisationId(), row.tenantId());
        audit.recordAnonymous(
                subject, "sign-in.failed", event.getException().getClass().getSimpleName());
        if (locks) {
            audit.recordAnonymous(subject, "sign-in.locked", "locked until " + lockedUntil);
        }
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HelplineUser user) {
            users.resetFailedSignIns(user.id());
        }
    }

    @EventListener
    public void onInteractiveSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HelplineUser user) {
            var subject = new AuditEntry.Subject(
                    user.id(),
                    user.login(),
                    user.organisationId(),
                    user.tenantId().orElse(null));
            audit.recordAnonymous(subject, "sign-in.succeeded", "form");
            rememberClient();
        }
    }

    /** Notes the browser and address of a new session, so its owner can tell their sessions apart. */
    private static void rememberClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            var session = request.getSession();
            var agent = request.getHeader("User-Agent");
            session.setAttribute(UserSessions.AGENT, agent == null ? null : abbreviate(agent, 300));
            session.setAttribute(UserSessions.ADDRESS, request.getRemoteAddr());
        }
    }

    private static String abbreviate(String login) {
        return abbreviate(login, 254);
    }

    private static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
