package org.helpline.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.helpline.identity.UserAccount;
import org.helpline.shared.Role;

/** A row of {@code app_user} with its roles. */
public record UserRow(
        UUID id,
        String login,
        String name,
        String passwordHash,
        UUID tenantId,
        String organisationId,
        UUID partnerId,
        String language,
        String timeZone,
        boolean enabled,
        long version,
        Set<Role> roles) {

    public UserAccount toAccount() {
        return new UserAccount(
                id, login, name, tenantId, organisationId, partnerId, roles, language, timeZone, enabled, version);
    }

    UserRow withRoles(Set<Role> newRoles) {
        return new UserRow(
                id,
                login,
                name,
                passwordHash,
                tenantId,
                organisationId,
                partnerId,
                language,
                timeZone,
                enabled,
                version,
                newRoles);
    }
}
