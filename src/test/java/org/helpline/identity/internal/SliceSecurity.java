package org.helpline.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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

    @Bean
    SimpleUrlAuthenticationSuccessHandler ssoSignedIn() {
        return new SimpleUrlAuthenticationSuccessHandler("/");
    }

    @Bean
    SimpleUrlAuthenticationFailureHandler ssoRefused() {
        return new SimpleUrlAuthenticationFailureHandler("/login?sso=failed");
    }
}
