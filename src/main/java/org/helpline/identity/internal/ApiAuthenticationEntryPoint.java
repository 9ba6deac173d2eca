package org.helpline.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Answers an API call whose HTTP Basic sign-in failed: 429 with {@code Retry-After} when the
 * attempt was throttled, else 401.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponses problems;
    private final Clock clock;

    ApiAuthenticationEntryPoint(ProblemResponses problems, Clock clock) {
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof SignInThrottledException throttled) {
            long seconds = Math.max(1, throttled.secondsLeft(clock.instant()));
            response.setHeader("Retry-After", Long.toString(seconds));
            problems.write(
                    response,
                    429,
                    "too-many-sign-in-attempts",
                    "Too Many Requests",
                    "Too many failed sign-ins: try again in " + seconds + " seconds.");
            return;
        }
        problems.write(
                response, 401, "unauthenticated", "Unauthorized", "Sign in with HTTP Basic or a Bearer API token.");
    }
}
