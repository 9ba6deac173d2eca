package org.helpline.scim.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.DirectoryProvisioning;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The SCIM Groups of a tenant. Their names are unique in the tenant (ignoring case), as roles are
 * mapped from names; their members are users of the same tenant only. Each change sets the roles
 * of the users it concerns again ({@link GroupRoles}) and is audited.
 */
@Service
public class ProvisionedGroups {

    static final Map<String, Boolean> FILTERABLE = Map.of("id", true, "displayname", false, "externalid", true);

    private final ScimGroupRecords groups;
    private final DirectoryProvisioning provisioning;
    private final GroupRoles roles;
    private final AuditTrail audit;
    private final Clock clock;

    ProvisionedGroups(
            ScimGroupRecords groups,
            DirectoryProvisioning provisioning,
            GroupRoles roles,
            AuditTrail audit,
            Clock clock) {
        this.groups = groups;
        this.provisioning = provisioning;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ScimPage<ScimGroup> list(UUID tenantId, String filter, Integer startIndex, Integer count) {
        var parsed = ScimFilter.parse(filter, FILTERABLE);
        var logins = logins(tenantId);
        var found = groups.ofTenant(tenantId).stream()
                .filter(group -> parsed.matches(attribute -> valueOf(group, attribute), Set.of("id", "externalid")))
                .map(group -> scim(group, logins))
                .toList();
        return ScimPage.of(found, startIndex, count);
    }

    @Transactional(readOnly = true)
    public ScimGroup get(UUID tenantId, UUID groupId) {
        return scim(existing(tenantId, groupId), logins(tenantId));
    }

    @Transactional
    public ScimGroup create(UUID tenantId, JsonNode body) {
        var draft = GroupDraft.of(body);
        check(tenantId, null, draft);
        var now = clock.instant();
        var group = new ScimGroupRow(
                UUID.randomUUID(), tenantId, draft.displayName, draft.externalId, draft.members, now, now, 0);
        groups.insert(group);
        audit.record(
                "scim.group.created", tenantId, draft.displayName, AuditDetails.of("members", draft.members.size()));
        roles.recompute(tenantId, draft.members);
        return get(tenantId, group.id());
    }

    @Transactional
    public ScimGroup replace(UUID tenantId, UUID groupId, JsonNode body) {
        return write(tenantId, existing(tenantId, groupId), GroupDraft.of(body));
    }

    @Transactional
    public ScimGroup patch(UUID tenantId, UUID groupId, JsonNode body) {
        var operations = PatchOperations.of(body);
        var before = existing(tenantId, groupId);
        var draft = GroupDraft.of(before);
        operations.operations().forEach(operation -> draft.apply(operation.op(), operation.path(), operation.value()));
        return write(tenantId, before, draft);
    }

    @Transactional
    public void delete(UUID tenantId, UUID groupId) {
        var before = existing(tenantId, groupId);
        groups.delete(tenantId, groupId);
        audit.record(
                "scim.group.deleted",
                tenantId,
                before.displayName(),
                AuditDetails.of("members", before.members().size()));
        roles.recompute(tenantId, before.members());
    }

    private ScimGroup write(UUID tenantId, ScimGroupRow before, GroupDraft draft) {
        check(tenantId, before.id(), draft);
        if (before.displayName().equals(draft.displayName)
                && java.util.Objects.equals(before.externalId(), draft.externalId)
                && before.members().equals(draft.members)) {
            return get(tenantId, before.id());
        }
        var after = new ScimGroupRow(
                before.id(),
                tenantId,
                draft.displayName,
                draft.externalId,
                draft.members,
                before.created(),
                clock.instant(),
                before.version());
        if (!groups.update(after)) {
            throw new ScimException(409, null, "The group was changed meanwhile; read it again and retry");
        }
        var added = new LinkedHashSet<>(draft.members);
        added.removeAll(before.members());
        var removed = new LinkedHashSet<>(before.members());
        removed.removeAll(draft.members);
        audit.record(
                "scim.group.changed",
                tenantId,
                draft.displayName,
                AuditDetails.none()
                        .andIfChanged("name", before.displayName(), draft.displayName)
                        .and("added", added.size())
                        .and("removed", removed.size()));
        var concerned = new LinkedHashSet<UUID>(removed);
        concerned.addAll(before.displayName().equals(draft.displayName) ? added : draft.members);
        roles.recompute(tenantId, concerned);
        return get(tenantId, before.id());
    }

    private void check(UUID tenantId, UUID groupId, GroupDraft draft) {
        if (draft.displayName == null || draft.displayName.length() > 200) {
            throw ScimException.invalidValue("displayName is required, at most 200 characters");
        }
        if (draft.externalId != null && draft.externalId.length() > 200) {
            throw ScimException.invalidValue("externalId must be at most 200 characters");
        }
        boolean taken = groups.ofTenant(tenantId).stream()
                .anyMatch(other ->
                        !other.id().equals(groupId) && other.displayName().equalsIgnoreCase(draft.displayName));
        if (taken) {
            throw ScimException.uniqueness("Another group is called " + draft.displayName);
        }
        var users = logins(tenantId);
        for (var member : draft.members) {
            if (!users.containsKey(member)) {
                throw ScimException.invalidValue("members: no user " + member + " in this tenant");
            }
        }
    }

    private ScimGroupRow existing(UUID tenantId, UUID groupId) {
        return groups.find(tenantId, groupId).orElseThrow(() -> ScimException.notFound("Group", groupId));
    }

    private Map<UUID, String> logins(UUID tenantId) {
        var logins = new HashMap<UUID, String>();
        provisioning.users(tenantId).forEach(user -> logins.put(user.id(), user.login()));
        return logins;
    }

    private static ScimGroup scim(ScimGroupRow group, Map<UUID, String> logins) {
        var members = group.members().stream()
                .map(id -> new ScimUser.Member(id, logins.get(id)))
                .toList();
        return new ScimGroup(
                group.id(),
                group.displayName(),
                group.externalId(),
                members,
                group.created(),
                group.lastModified(),
                "W/\"" + group.version() + "\"");
    }

    private static String valueOf(ScimGroupRow group, String attribute) {
        return switch (attribute) {
            case "id" -> group.id().toString();
            case "displayname" -> group.displayName();
            case "externalid" -> group.externalId();
            default -> null;
        };
    }
}
