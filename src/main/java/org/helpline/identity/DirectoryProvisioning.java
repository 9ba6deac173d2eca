package org.helpline.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;

/**
 * How a tenant's directory (Entra ID, Okta over SCIM) keeps the tenant's people: it creates users
 * without a password, who receive the invitation e-mail to choose one; changes their name, e-mail
 * and whether they may sign in; sets their roles and deletes them. Every change is audited with
 * the actor of the current request (the directory of the tenant), follows {@link TenantPeople}'s
 * rules (tenant roles only, the tenant keeps an enabled global admin) and ends the user's sessions
 * where it takes something away. Users of other tenants are never found.
 */
public interface DirectoryProvisioning {

    /** Refuses unless the actor may connect the tenant's directory: its global admins and its organisation's admins. */
    void checkMayConnect(HelplineUser actor, UUID tenantId);

    List<DirectoryUser> users(UUID tenantId);

    Optional<DirectoryUser> find(UUID tenantId, UUID userId);

    /** Creates the user with {@link Role#USER}; an active one gets the invitation e-mail. */
    DirectoryUser create(UUID tenantId, DirectoryUser.Profile profile);

    /** Changes login, name, language and whether they may sign in; deactivation ends their sessions at once. */
    DirectoryUser update(UUID tenantId, UUID userId, DirectoryUser.Profile profile);

    /** Sets the user's roles, which must be tenant roles; an unchanged set changes nothing. */
    DirectoryUser setRoles(UUID tenantId, UUID userId, Set<Role> roles);

    void delete(UUID tenantId, UUID userId);
}
