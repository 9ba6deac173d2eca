package org.helpline.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.shared.Role;

/**
 * Users as recipients of what the system sends on its own (alerts, request e-mails, reports
 * of refused replies), for listeners and jobs that act with no signed-in user. No reader check:
 * never show the result to a user.
 */
public interface Correspondents {

    /** The user, if enabled. */
    Optional<Correspondent> enabled(UUID userId);

    /** The user, enabled or not. */
    Optional<Correspondent> find(UUID userId);

    /** The organisation's own staff (not a tenant's or a partner's users) with {@code role}, by login. */
    List<Correspondent> staffWithRole(String organisationId, Role role);

    /** The tenant's admins (any of the tenant admin roles), by login. */
    List<Correspondent> tenantAdmins(UUID tenantId);

    /** The enabled user of the tenant (any tenant role) whose login is {@code address}, ignoring case. */
    Optional<Correspondent> tenantUser(UUID tenantId, String address);

    /**
     * The enabled staff member whose login is {@code address}, ignoring case: the organisation's own
     * staff when {@code partnerId} is null, else the partner's agents.
     */
    Optional<Correspondent> staffMember(String organisationId, UUID partnerId, String address);
}
