package org.helpline.scim.internal;

import java.time.Instant;
import java.util.UUID;

/** What SCIM knows of a user beyond Helpline's account: a row of {@code scim_user}. */
record ScimUserRow(
        UUID userId,
        UUID tenantId,
        String externalId,
        String givenName,
        String familyName,
        String formattedName,
        String workEmail,
        String preferredLanguage,
        Instant lastModified,
        long version) {}
