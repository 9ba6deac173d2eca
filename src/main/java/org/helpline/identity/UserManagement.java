package org.helpline.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.tenancy.TenantProfile;

/**
 * Users and their roles. An organisation admin manages only the users of their own support
 * organisation: its staff, the users of its tenants and the agents of its partners. Disabling a
 * user, taking a role away or changing a password ends the user's web sessions ({@link
 * SessionsRevoked}); API tokens and HTTP Basic are checked against the user on every call.
 */
public interface UserManagement {

    /** The languages a user may choose for pages and mail. */
    Set<String> LANGUAGES = Set.of("pl", "en", "zh-CN");

    UserAccount create(String organisationId, NewUser command);

    /** Creates a user whose password was hashed already (demo data shares one hash). */
    UserAccount createWithHash(String organisationId, NewUser command, String passwordHash);

    boolean exists(String login);

    List<UserAccount> users(String organisationId, String query, int page, int size);

    long countUsers(String organisationId, String query);

    UserAccount user(String organisationId, UUID userId);

    /** Changes roles and whether the user may sign in; audited with the before and after. */
    UserAccount changeRoles(String organisationId, UUID userId, Set<Role> roles, boolean enabled, long version);

    /**
     * Sets a new password for a user who shows their current one, and ends their other sessions;
     * {@code keptSessionId} is the session they changed it in.
     */
    void changePassword(UUID userId, String currentPassword, String newPassword, String keptSessionId);

    /** Stores the language a user chose and answers their refreshed principal. */
    HelplineUser changeLanguage(UUID userId, String language);

    /** The enabled admins of a tenant, whom its users can ask for assisted support. */
    List<AdminContact> adminsOf(UUID tenantId);

    /** The tenant or partner and the support organisation the user belongs to. */
    Membership membership(HelplineUser user);

    /** The tenant a user of that tenant belongs to; null for staff and partners' users. */
    TenantProfile tenantOf(UserAccount user);

    /** Where an admin of the organisation can place a new user. */
    Placements placements(String organisationId);
}
