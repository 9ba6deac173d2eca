package org.helpline.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * The application's own security filter chains for {@code @WebMvcTest} slices: a slice scans no
 * {@code @Configuration}, and these classes are package-private. Single sign-on has no provider in
 * a slice (its registrations live in the database): Spring's own user service and handlers stand in.
 * The second-factor service and the passkey stores they use are mocks ({@code WebSliceTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    ProblemResponses.class,
    ApiAuthenticationEntryPoint.class,
    PasskeySecondFactor.class,
    SessionPasskeyRegistrations.class
})
public class SliceSecurity {

    @Bean
    ClientRegistrationRepository noProviders() {
        return registrationId -> null;
    }

    @Bean
    OidcUserService providersUsers() {
        return new OidcUserService();
    }

    @Bean(SecurityConfiguration.SSO_HANDLER)
    SsoHandlers ssoSignInHandler() {
        return new SsoHandlers();
    }

    /** Ends a single sign-on that cannot happen in a slice: home when it succeeds, the sign-in page when not. */
    static final class SsoHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

        private final SimpleUrlAuthenticationSuccessHandler signedIn = new SimpleUrlAuthenticationSuccessHandler("/");
        private final SimpleUrlAuthenticationFailureHandler refused =
                new SimpleUrlAuthenticationFailureHandler("/login?sso=failed");

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws IOException, ServletException {
            signedIn.onAuthenticationSuccess(request, response, authentication);
        }

        @Override
        public void onAuthenticationFailure(
                HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
                throws IOException, ServletException {
            refused.onAuthenticationFailure(request, response, exception);
        }
    }
}
