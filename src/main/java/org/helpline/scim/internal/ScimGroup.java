package org.helpline.scim.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A group as SCIM shows it. */
public record ScimGroup(
        UUID id,
        String displayName,
        String externalId,
        List<ScimUser.Member> members,
        Instant created,
        Instant lastModified,
        String version) {}
