package org.helpline.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.shared.Role;

/**
 * How the values a tenant's directory sends (the roles claim at single sign-on, group names over
 * SCIM) become Helpline tenant roles: the tenant's own mapping first; a value it does not map but
 * that names a tenant role the way people write it ({@code GLOBAL_ADMIN}, {@code global-admin},
 * {@code Global admin}) is that role. Values are compared ignoring case.
 */
public interface DirectoryRoles {

    /** The tenant's mapping, by directory value in the order they were given. */
    Map<String, Role> mapping(UUID tenantId);

    /** The tenant roles that the values map to; values that map to nothing are left out. */
    Set<Role> rolesFor(UUID tenantId, Collection<String> directoryValues);
}
