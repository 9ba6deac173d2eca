package org.helpline.scim.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as SCIM shows them: Helpline's account with what the directory told about them. */
public record ScimUser(
        UUID id,
        String externalId,
        String userName,
        String givenName,
        String familyName,
        String formattedName,
        String displayName,
        String email,
        boolean active,
        String preferredLanguage,
        List<Member> groups,
        Instant created,
        Instant lastModified,
        String version) {

    /** A reference to a group of the user, or (in a group) to a member. */
    public record Member(UUID id, String display) {}

    UserDraft draft() {
        var draft = new UserDraft();
        draft.userName = userName;
        draft.externalId = externalId;
        draft.givenName = givenName;
        draft.familyName = familyName;
        draft.formattedName = formattedName;
        draft.displayName = displayName;
        draft.workEmail = email;
        draft.preferredLanguage = preferredLanguage;
        draft.active = active;
        return draft;
    }
}
