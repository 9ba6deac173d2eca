package org.helpline.requests.internal;

import java.util.List;
import org.helpline.identity.UserAccount;
import org.helpline.identity.UserManagement;
import org.helpline.requests.ServiceRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;

/** The colleagues a request can be assigned to, taken from the identity module. */
@Service
public class Colleagues {

    private final UserManagement users;

    Colleagues(UserManagement users) {
        this.users = users;
    }

    /** The organisation's agents, or the partner's when the partner handles the request. */
    public List<UserAccount> assignable(HelplineUser me, ServiceRequest request) {
        return users.users(me.organisationId(), null, 0, 200).stream()
                .filter(UserAccount::enabled)
                .filter(user -> request.routing().byPartner()
                        ? user.roles().contains(Role.PARTNER_AGENT)
                                && request.routing().partnerId().equals(user.partnerId())
                        : user.tenantId() == null
                                && user.partnerId() == null
                                && (user.roles().contains(Role.AGENT)
                                        || user.roles().contains(Role.SUPERVISOR)))
                .toList();
    }
}
