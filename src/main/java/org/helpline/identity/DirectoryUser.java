package org.helpline.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.Role;

/** A tenant's user as its directory sees them; {@code version} changes with every change of the user. */
public record DirectoryUser(
        UUID id,
        String login,
        String displayName,
        String language,
        boolean active,
        Set<Role> roles,
        Instant createdAt,
        long version) {

    /** What a directory sets of a user: the login is their e-mail address; language null for the tenant's. */
    public record Profile(String login, String displayName, String language, boolean active) {}
}
