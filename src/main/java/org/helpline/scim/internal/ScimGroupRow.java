package org.helpline.scim.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A directory's group of a tenant, with the ids of its members. */
record ScimGroupRow(
        UUID id,
        UUID tenantId,
        String displayName,
        String externalId,
        Set<UUID> members,
        Instant created,
        Instant lastModified,
        long version) {}
