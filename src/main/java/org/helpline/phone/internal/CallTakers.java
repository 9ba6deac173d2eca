package org.helpline.phone.internal;

import java.util.List;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/** Only agents and supervisors take calls. */
public final class CallTakers {

    private static final List<Role> ROLES = List.of(Role.AGENT, Role.SUPERVISOR);

    private CallTakers() {}

    public static void require(HelplineUser agent) {
        if (agent == null || !agent.hasAny(ROLES)) {
            throw new ForbiddenException("Only agents and supervisors take calls.");
        }
    }
}
