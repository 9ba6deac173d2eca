package org.helpline.requests.internal;

import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.support.SupportDesk;
import org.springframework.stereotype.Component;

/** Turns a signed-in user into the {@link Viewer} they are, or refuses them. */
@Component
class Viewers {

    private final SupportDesk desk;

    Viewers(SupportDesk desk) {
        this.desk = desk;
    }

    /**
     * @throws ForbiddenException when the user's roles see no requests; a tenant user whose tenant has
     *     no assisted support is told that first
     */
    Viewer of(HelplineUser user) {
        return Viewer.of(user).orElseThrow(() -> {
            if (user.tenantId().isPresent()) {
                desk.requireAssistedSupport(user);
            }
            return new ForbiddenException("Your roles do not work with service requests.");
        });
    }
}
