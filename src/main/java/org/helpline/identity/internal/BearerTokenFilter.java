package org.helpline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal API token>}, and refuses
 * a read-only token anything but {@code GET} and {@code HEAD}.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokenService tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var caller = tokens.authenticate(header.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            problems.write(
                    response, 401, "unauthenticated", "Unauthorized", "The API token is unknown, revoked or expired.");
            return;
        }
        if (!caller.get().scope().allows(request.getMethod())) {
            problems.write(response, 403, "forbidden", "Forbidden", "This API token may only read (GET and HEAD).");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(caller.get().user()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An API call authenticated by a personal token. */
    static final class ApiTokenAuthentication extends AbstractAuthenticationToken {

        private final transient Object principal;

        ApiTokenAuthentication(org.helpline.shared.HelplineUser user) {
            super(user.getAuthorities());
            this.principal = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
