package org.helpline;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.helpline.identity.internal.ApiTokenService;
import org.helpline.identity.internal.SecondFactorPolicy;
import org.helpline.identity.internal.SecondFactorService;
import org.helpline.identity.internal.SliceSecurity;
import org.helpline.web.internal.SlicePages;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A {@code @WebMvcTest} of the given controllers behind the real security filter chains, with the
 * pages' language and layout: no database, no other module. Mock the controllers' collaborators
 * with {@code @MockitoBean}; sign in with {@link UserMother} and Spring Security's {@code user(...)}.
 * The users, API tokens, second factors and passkeys live in the database, so their lookups are
 * mocks here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SliceSecurity.class, SlicePages.class})
@MockitoBean(
        types = {
            ApiTokenService.class,
            UserDetailsService.class,
            SecondFactorService.class,
            SecondFactorPolicy.class,
            WebAuthnRelyingPartyOperations.class,
            PublicKeyCredentialUserEntityRepository.class,
            UserCredentialRepository.class
        })
public @interface WebSliceTest {

    /** The controllers under test; the slice creates no other controller. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
