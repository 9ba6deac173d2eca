package org.helpline.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/**
 * A tenant's own people, managed by the tenant's global admins and by the organisation admins of
 * the tenant's support organisation. Only tenant roles can be granted, never staff roles; the last
 * enabled global admin of a tenant stays; every change is audited and ends the affected user's
 * sessions ({@link SessionsRevoked}). New people are invited by e-mail with a one-time link.
 */
public interface TenantPeople {

    /** How long an invitation's link works. */
    Duration INVITATION_VALIDITY = java.time.Duration.ofHours(72);

    List<TenantPerson> people(HelplineUser actor, UUID tenantId);

    /** Creates the user, disabled and without a password, and mails them the invitation. */
    TenantPerson invite(HelplineUser actor, UUID tenantId, Invitation invitation);

    /** Sets the user's roles and whether they may sign in; {@code version} null skips the check. */
    TenantPerson change(HelplineUser actor, UUID tenantId, UUID userId, Set<Role> roles, boolean enabled, Long version);

    void remove(HelplineUser actor, UUID tenantId, UUID userId);

    /**
     * Mails a user who has not accepted their invitation a new link, valid {@link
     * #INVITATION_VALIDITY}; the links sent before stop working.
     */
    TenantPerson inviteAgain(HelplineUser actor, UUID tenantId, UUID userId);
}
