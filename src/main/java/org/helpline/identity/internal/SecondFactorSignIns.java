package org.helpline.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A new sign-in starts without a passed second factor: the session keeps its attributes when its
 * id changes at sign-in, so a mark of an earlier sign-in in the same browser session is removed.
 */
@Component
class SecondFactorSignIns {

    @EventListener
    public void onInteractiveSignIn(InteractiveAuthenticationSuccessEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.removeAttribute(SecondFactorGate.PASSED);
            }
        }
    }
}
