package org.helpline.identity.internal;

import java.io.Serial;
import org.springframework.security.authentication.AccountStatusException;

/**
 * The password was right, but the user's tenant requires single sign-on: they sign in through
 * their provider only, so that an account disabled in the tenant's directory cannot sign in here.
 */
public class SsoRequiredException extends AccountStatusException {

    @Serial
    private static final long serialVersionUID = 1L;

    SsoRequiredException() {
        super("Your organisation requires single sign-on: continue with your e-mail address.");
    }
}
