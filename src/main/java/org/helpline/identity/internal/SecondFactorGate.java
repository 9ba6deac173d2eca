package org.helpline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one gate between a correct password and the application: a session whose user has a second
 * factor, or must have one, reaches only the second-factor pages until the factor is shown. It is
 * keyed on the session's signed-in user, not on how they signed in, so a form sign-in and a single
 * sign-on pass the same gate. A session that passed is marked with the user's id, one whose user
 * needed no factor with the id and {@code :none}, so later requests cost one session read; a new
 * sign-in in the same session clears the mark ({@link SecondFactorSignIns}). A request it lets
 * through to the second-factor pages before the factor is shown is marked {@link #pending}.
 *
 * <p>Users who have a factor are sent to {@code /login/second-factor}; those who must enrol one to
 * {@code /account/second-factor}. htmx requests are told to load that page instead of a fragment.
 */
public final class SecondFactorGate extends OncePerRequestFilter {

    /** The session attribute holding the id of the user who passed. */
    public static final String PASSED = "helpline.secondFactor.passed";

    /** The request attribute of a request let through to the second-factor pages before the factor. */
    private static final String PENDING = "helpline.secondFactor.pending";

    /** Marks a session let through because its user needed no factor (the id comes first). */
    private static final String NONE_NEEDED = ":none";

    public static final String CHALLENGE_PAGE = "/login/second-factor";
    public static final String ENROLMENT_PAGE = "/account/second-factor";

    private static final RequestMatcher ALWAYS_OPEN =
            any("/logout", "/error", "/language", "/assets/**", "/webjars/**", "/favicon.ico");

    private static final RequestMatcher CHALLENGE = new OrRequestMatcher(
            any(CHALLENGE_PAGE, "/webauthn/authenticate/options"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login/webauthn"));

    private static final RequestMatcher ENROLMENT = any(
            ENROLMENT_PAGE,
            ENROLMENT_PAGE + "/qr.svg",
            ENROLMENT_PAGE + "/totp",
            ENROLMENT_PAGE + "/passkeys",
            "/webauthn/register/options",
            "/webauthn/register");

    private final SecondFactorService factors;

    public SecondFactorGate(SecondFactorService factors) {
        this.factors = factors;
    }

    /** Marks the session as having passed the second factor of this user. */
    public static void pass(HttpServletRequest request, HelplineUser user) {
        request.getSession().setAttribute(PASSED, user.id().toString());
    }

    /** Whether the request reached a second-factor page before its session showed the factor. */
    public static boolean pending(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(PENDING));
    }

    /** Whether this request's session showed a second factor of its signed-in user. */
    private static boolean passed(HttpServletRequest request, HelplineUser user) {
        var session = request.getSession(false);
        return session != null
                && Objects.equals(session.getAttribute(PASSED), user.id().toString());
    }

    /**
     * Whether the session may go on without a factor: it was let through because none was needed.
     * That is taken again for staff when staff must now have one (the setting was switched on and
     * the sessions kept in the database outlived the restart).
     */
    private boolean letThrough(HttpServletRequest request, HelplineUser user) {
        var session = request.getSession(false);
        return session != null
                && Objects.equals(session.getAttribute(PASSED), user.id() + NONE_NEEDED)
                && !factors.staffMustHaveOne(user);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = signedIn();
        if (user == null || passed(request, user) || letThrough(request, user) || ALWAYS_OPEN.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!factors.asked(user)) {
            markIfSession(request.getSession(false), user);
            chain.doFilter(request, response);
            return;
        }
        boolean enrolled = factors.hasAny(user);
        if ((enrolled ? CHALLENGE : ENROLMENT).matches(request)) {
            request.setAttribute(PENDING, true);
            chain.doFilter(request, response);
            return;
        }
        sendTo(request, response, enrolled ? CHALLENGE_PAGE : ENROLMENT_PAGE);
    }

    private static void markIfSession(HttpSession session, HelplineUser user) {
        if (session != null) {
            session.setAttribute(PASSED, user.id() + NONE_NEEDED);
        }
    }

    private static void sendTo(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        var target = request.getContextPath() + page;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(target);
    }

    private static HelplineUser signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof HelplineUser user) {
            return user;
        }
        return null;
    }

    private static RequestMatcher any(String... patterns) {
        List<RequestMatcher> matchers = java.util.Arrays.stream(patterns)
                .map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList();
        return new OrRequestMatcher(matchers);
    }
}
