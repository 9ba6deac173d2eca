package org.helpline.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.Role;

/**
 * A user of a tenant as its admins see them; {@code invited} while their invitation is open,
 * {@code invitationExpired} when every invitation they got ran out unused (it can be sent again),
 * {@code lastSignInAt} null until they first sign in.
 */
public record TenantPerson(
        UUID id,
        String email,
        String displayName,
        Set<Role> roles,
        String language,
        boolean enabled,
        boolean invited,
        boolean invitationExpired,
        Instant lastSignInAt,
        long version) {}
