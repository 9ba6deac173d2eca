package org.helpline.identity.internal;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security filter chains for {@code @WebMvcTest} slices: a slice scans no
 * {@code @Configuration}, and these classes are package-private. The second-factor service and
 * the passkey stores they use are mocks ({@code WebSliceTest}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    SecurityConfiguration.class,
    ProblemResponses.class,
    ApiAuthenticationEntryPoint.class,
    PasskeySecondFactor.class,
    SessionPasskeyRegistrations.class
})
public class SliceSecurity {}
