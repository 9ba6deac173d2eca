package org.helpline.identity.internal;

import org.helpline.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Keeps every tenant an enabled global admin, whoever changes its people (its admins, the
 * organisation's admins or its directory). The count is taken under row locks, so two demotions
 * at once cannot both pass it.
 */
@Component
class TenantGlobalAdmins {

    private final Users users;

    TenantGlobalAdmins(Users users) {
        this.users = users;
    }

    /** Refuses to take the tenant's last enabled global admin away; {@code field} names what would. */
    void keepOneBesides(UserRow user, String field) {
        if (!user.enabled() || !user.roles().contains(Role.GLOBAL_ADMIN)) {
            return;
        }
        var others = users.lockEnabledGlobalAdmins(user.tenantId()).stream()
                .filter(id -> !id.equals(user.id()))
                .count();
        if (others == 0) {
            throw new LastGlobalAdminException(field);
        }
    }
}
