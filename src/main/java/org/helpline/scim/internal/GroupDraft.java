package org.helpline.scim.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The attributes of a SCIM group being written: read from a POST or PUT, or changed by a PATCH,
 * including the member paths Entra ID and Okta send ({@code members[value eq "…"]}).
 */
final class GroupDraft {

    private static final Pattern ONE_MEMBER = Pattern.compile("members\\[value eq \"([^\"]*)\"]");

    String displayName;
    String externalId;
    final Set<UUID> members = new LinkedHashSet<>();

    static GroupDraft of(JsonNode body) {
        var draft = new GroupDraft();
        draft.setAll("replace", body);
        return draft;
    }

    static GroupDraft of(ScimGroupRow group) {
        var draft = new GroupDraft();
        draft.displayName = group.displayName();
        draft.externalId = group.externalId();
        draft.members.addAll(group.members());
        return draft;
    }

    void apply(String op, String path, JsonNode value) {
        if (path == null) {
            if (op.equals("remove") || value == null || !value.isObject()) {
                throw new ScimException(400, "noTarget", "A PATCH operation without a path needs an object value");
            }
            setAll(op, value);
            return;
        }
        var name = ScimValues.path(path);
        var one = ONE_MEMBER.matcher(name);
        if (one.matches()) {
            if (!op.equals("remove")) {
                throw new ScimException(400, "invalidPath", "Only remove takes a path to one member");
            }
            members.remove(ScimValues.id(one.group(1), "members.value"));
            return;
        }
        set(op, name, value);
    }

    private void setAll(String op, JsonNode attributes) {
        for (var attribute : attributes.properties()) {
            set(op, ScimValues.path(attribute.getKey()), attribute.getValue());
        }
    }

    private void set(String op, String name, JsonNode value) {
        if (ScimValues.isExtension(name)) {
            return;
        }
        switch (name) {
            case "" -> {
                if (value != null && value.isObject()) {
                    setAll(op, value);
                }
            }
            case "displayname" -> displayName = op.equals("remove") ? null : ScimValues.text(value, "displayName");
            case "externalid" -> externalId = op.equals("remove") ? null : ScimValues.text(value, "externalId");
            case "members" -> setMembers(op, value);
            default -> {
                // Attributes Helpline does not keep are left alone.
            }
        }
    }

    private void setMembers(String op, JsonNode value) {
        var given = ids(value);
        switch (op) {
            case "add" -> members.addAll(given);
            case "remove" -> {
                if (value == null || value.isNull()) {
                    members.clear();
                } else {
                    members.removeAll(given);
                }
            }
            default -> {
                members.clear();
                members.addAll(given);
            }
        }
    }

    private static Set<UUID> ids(JsonNode value) {
        var ids = new LinkedHashSet<UUID>();
        if (value == null || value.isNull()) {
            return ids;
        }
        if (!value.isArray()) {
            throw ScimException.invalidValue("members must be a list of {\"value\": user id}");
        }
        for (var member : value) {
            ids.add(ScimValues.id(ScimValues.text(member.get("value"), "members.value"), "members.value"));
        }
        return ids;
    }
}
