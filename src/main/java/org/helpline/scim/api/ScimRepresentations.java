package org.helpline.scim.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.helpline.platform.PublicUrl;
import org.helpline.scim.internal.ScimException;
import org.helpline.scim.internal.ScimGroup;
import org.helpline.scim.internal.ScimPage;
import org.helpline.scim.internal.ScimResponses;
import org.helpline.scim.internal.ScimUser;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Users, groups and lists in SCIM's JSON (RFC 7643, 4), answered as {@code application/scim+json}. */
@Component
class ScimRepresentations {

    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String BASE = "/scim/v2";

    private final PublicUrl publicUrl;
    private final JsonMapper json;

    ScimRepresentations(PublicUrl publicUrl, JsonMapper json) {
        this.publicUrl = publicUrl;
        this.json = json;
    }

    JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            throw ScimException.invalidSyntax("The request has no JSON body");
        }
        try {
            var node = json.readTree(body);
            if (!node.isObject()) {
                throw ScimException.invalidSyntax("The body must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw ScimException.invalidSyntax("The body is not JSON: " + e.getOriginalMessage());
        }
    }

    static UUID id(String value, String resourceType) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ScimException.notFound(resourceType, value);
        }
    }

    ResponseEntity<String> answer(int status, Object body, String version, String location) {
        var response = ResponseEntity.status(status).contentType(ScimResponses.SCIM_JSON);
        if (version != null) {
            response.eTag(version);
        }
        if (location != null) {
            response.header("Location", location);
        }
        return response.body(json.writeValueAsString(body));
    }

    ResponseEntity<String> user(int status, ScimUser user) {
        var location = location("Users", user.id());
        return answer(status, user(user), user.version(), status == 201 ? location : null);
    }

    ResponseEntity<String> group(int status, ScimGroup group, boolean withMembers) {
        var location = location("Groups", group.id());
        return answer(status, group(group, withMembers), group.version(), status == 201 ? location : null);
    }

    <T> ResponseEntity<String> list(ScimPage<T> page, Function<T, Map<String, Object>> resource) {
        var body = new LinkedHashMap<String, Object>();
        body.put("schemas", List.of(LIST_SCHEMA));
        body.put("totalResults", page.totalResults());
        body.put("startIndex", page.startIndex());
        body.put("itemsPerPage", page.resources().size());
        body.put("Resources", page.resources().stream().map(resource).toList());
        return answer(200, body, null, null);
    }

    Map<String, Object> user(ScimUser user) {
        var body = new LinkedHashMap<String, Object>();
        body.put("schemas", List.of(USER_SCHEMA));
        body.put("id", user.id().toString());
        putIfPresent(body, "externalId", user.externalId());
        body.put("userName", user.userName());
        var name = new LinkedHashMap<String, Object>();
        putIfPresent(name, "formatted", user.formattedName());
        putIfPresent(name, "givenName", user.givenName());
        putIfPresent(name, "familyName", user.familyName());
        if (!name.isEmpty()) {
            body.put("name", name);
        }
        body.put("displayName", user.displayName());
        body.put("emails", List.of(Map.of("value", user.email(), "type", "work", "primary", true)));
        body.put("active", user.active());
        putIfPresent(body, "preferredLanguage", user.preferredLanguage());
        body.put(
                "groups",
                user.groups().stream().map(group -> reference(group, "Groups")).toList());
        body.put("meta", meta("User", user.id(), user.created(), user.lastModified(), user.version()));
        return body;
    }

    Map<String, Object> group(ScimGroup group, boolean withMembers) {
        var body = new LinkedHashMap<String, Object>();
        body.put("schemas", List.of(GROUP_SCHEMA));
        body.put("id", group.id().toString());
        putIfPresent(body, "externalId", group.externalId());
        body.put("displayName", group.displayName());
        if (withMembers) {
            body.put(
                    "members",
                    group.members().stream()
                            .map(member -> reference(member, "Users"))
                            .toList());
        }
        body.put("meta", meta("Group", group.id(), group.created(), group.lastModified(), group.version()));
        return body;
    }

    private Map<String, Object> reference(ScimUser.Member member, String endpoint) {
        var reference = new LinkedHashMap<String, Object>();
        reference.put("value", member.id().toString());
        reference.put("$ref", location(endpoint, member.id()));
        putIfPresent(reference, "display", member.display());
        return reference;
    }

    private Map<String, Object> meta(
            String resourceType, UUID id, java.time.Instant created, java.time.Instant modified, String version) {
        var meta = new LinkedHashMap<String, Object>();
        meta.put("resourceType", resourceType);
        meta.put("created", created.toString());
        meta.put("lastModified", modified.toString());
        meta.put("location", location(resourceType + "s", id));
        meta.put("version", version);
        return meta;
    }

    String location(String endpoint, UUID id) {
        return publicUrl.link(BASE + "/" + endpoint + "/" + id);
    }

    String base() {
        return publicUrl.link(BASE);
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
