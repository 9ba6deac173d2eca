package org.helpline.identity;

import java.util.Set;
import java.util.UUID;
import org.helpline.shared.Role;

/** A user as the organisation admin manages it. */
public record UserAccount(
        UUID id,
        String login,
        String name,
        UUID tenantId,
        String organisationId,
        UUID partnerId,
        Set<Role> roles,
        String language,
        String timeZone,
        boolean enabled,
        long version) {}
