package org.helpline.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.helpline.shared.HelplineUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic is a password alone: it is refused (401 {@code second-factor-required}) to a user who
 * has a second factor or must have one. They call the API with a bearer token, which they create
 * from a web session that passed the second factor.
 */
final class BasicSecondFactorCheck extends OncePerRequestFilter {

    private final SecondFactorService factors;
    private final ProblemResponses problems;

    BasicSecondFactorCheck(SecondFactorService factors, ProblemResponses problems) {
        this.factors = factors;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getPrincipal() instanceof HelplineUser user
                && factors.asked(user)) {
            SecurityContextHolder.clearContext();
            problems.write(
                    response,
                    401,
                    "second-factor-required",
                    "Second factor required",
                    "A password alone does not sign this user in: call the API with a Bearer API token, "
                            + "created on the account page after signing in with the second factor.");
            return;
        }
        chain.doFilter(request, response);
    }
}
