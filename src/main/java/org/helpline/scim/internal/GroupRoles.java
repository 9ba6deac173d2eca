package org.helpline.scim.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.UUID;
import org.helpline.identity.DirectoryProvisioning;
import org.helpline.identity.DirectoryRoles;
import org.helpline.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A provisioned user's roles follow their groups: {@link Role#USER} and whatever the names of their
 * groups map to ({@link DirectoryRoles}). They are set again whenever a membership of theirs or the
 * name of one of their groups changes, so a directory that takes someone out of its admins' group
 * takes the role away here (and ends their sessions) at once.
 */
@Component
class GroupRoles {

    private final ScimGroupRecords groups;
    private final DirectoryRoles directoryRoles;
    private final DirectoryProvisioning provisioning;

    GroupRoles(ScimGroupRecords groups, DirectoryRoles directoryRoles, DirectoryProvisioning provisioning) {
        this.groups = groups;
        this.directoryRoles = directoryRoles;
        this.provisioning = provisioning;
    }

    void recompute(UUID tenantId, Collection<UUID> userIds) {
        for (var userId : userIds) {
            var roles = EnumSet.of(Role.USER);
            roles.addAll(directoryRoles.rolesFor(tenantId, groups.namesOf(userId)));
            provisioning.setRoles(tenantId, userId, roles);
        }
    }
}
