package org.helpline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks passwords for form sign-in and HTTP Basic, each attempt first let through by the {@link
 * SignInThrottle}; every failure, wait and interactive sign-in is audited. Being the one {@code
 * AuthenticationProvider} bean, Spring Security uses it in place of its default.
 */
@Component
class SignInGuard implements AuthenticationProvider {

    private static final Duration MAX_BUSY_WAIT = Duration.ofSeconds(10);
    private static final long BUSY_PAUSE_MILLIS = 20;

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final Users users;
    private final TenantSsoRows singleSignOn;
    private final AuditTrail audit;
    private final Clock clock;

    SignInGuard(
            UserDetailsService userDetails,
            PasswordEncoder encoder,
            PasswordUpgrades upgrades,
            SignInThrottle throttle,
            Users users,
            TenantSsoRows singleSignOn,
            AuditTrail audit,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(upgrades);
        this.throttle = throttle;
        this.users = users;
        this.singleSignOn = singleSignOn;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var login = SignInThrottle.normalise(attempt.getName());
        var claim = claim(login, addressOf(attempt));
        Authentication result;
        try {
            result = passwords.authenticate(attempt);
            refuseWhereSsoIsRequired(result);
        } catch (AuthenticationException refused) {
            recordFailure(login, refused, throttle.failed(claim));
            throw refused;
        } catch (RuntimeException broken) {
            throttle.release(claim);
            throw broken;
        }
        throttle.succeeded(claim);
        return result;
    }

    /** A tenant that requires single sign-on takes no password, neither in the form nor over HTTP Basic. */
    private void refuseWhereSsoIsRequired(Authentication result) {
        if (result.getPrincipal() instanceof HelplineUser user
                && user.tenantId().map(singleSignOn::requiredFor).orElse(false)) {
            throw new SsoRequiredException();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Waits while other attempts of the login or address are being evaluated (a password check takes
     * a tenth of a second), then counts this one. Under a long burst the row locks may time out, or
     * the wait may last: that attempt waits a second like a throttled one.
     */
    SignInThrottle.Claim claim(String login, String address) {
        long giveUpAt = System.nanoTime() + MAX_BUSY_WAIT.toNanos();
        try {
            while (true) {
                try {
                    return throttle.claim(login, address);
                } catch (SignInThrottle.Busy busy) {
                    if (System.nanoTime() > giveUpAt) {
                        throw new SignInThrottledException(clock.instant().plusSeconds(1));
                    }
                    Thread.sleep(BUSY_PAUSE_MILLIS);
                }
            }
        } catch (PessimisticLockingFailureException busy) {
            throw new SignInThrottledException(clock.instant().plusSeconds(1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SignInThrottledException(clock.instant().plusSeconds(1));
        }
    }

    private void recordFailure(String login, AuthenticationException refused, Instant waitUntil) {
        var subject = users.findByLogin(login)
                .map(user -> new AuditEntry.Subject(user.id(), user.login(), user.organisationId(), user.tenantId()))
                .orElseGet(() -> new AuditEntry.Subject(null, login, null, null));
        var reason = subject.userId() == null ? "UNKNOWN_LOGIN" : reasonOf(refused);
        audit.recordAnonymous(subject, "sign-in.failed", AuditDetails.of("reason", reason));
        if (waitUntil != null) {
            audit.recordAnonymous(subject, "sign-in.throttled", AuditDetails.of("next attempt", waitUntil));
        }
    }

    /** A code the audit trail has a label for, or the refusal's class for a rarer one. */
    private static String reasonOf(AuthenticationException refused) {
        if (refused instanceof BadCredentialsException) {
            return "WRONG_PASSWORD";
        }
        if (refused instanceof DisabledException) {
            return "ACCOUNT_DISABLED";
        }
        if (refused instanceof LockedException) {
            return "ACCOUNT_LOCKED";
        }
        if (refused instanceof SsoRequiredException) {
            return "SSO_REQUIRED";
        }
        return refused.getClass().getSimpleName();
    }

    private static String addressOf(Authentication attempt) {
        var address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > 100 ? address.substring(0, 100) : address;
    }

    @EventListener
    public void onInteractiveSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof HelplineUser user) {
            var subject = new AuditEntry.Subject(
                    user.id(),
                    user.login(),
                    user.organisationId(),
                    user.tenantId().orElse(null));
            audit.recordAnonymous(subject, "sign-in.succeeded", AuditDetails.of("method", "FORM"));
            users.recordSignIn(user.id(), clock.instant());
            rememberClient();
        }
    }

    /** Notes the browser and address of a new session, so its owner can tell their sessions apart. */
    static void rememberClient() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var request = attributes.getRequest();
            var session = request.getSession();
            var agent = request.getHeader("User-Agent");
            session.setAttribute(UserSessions.AGENT, agent == null ? null : abbreviate(agent, 300));
            session.setAttribute(UserSessions.ADDRESS, request.getRemoteAddr());
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
