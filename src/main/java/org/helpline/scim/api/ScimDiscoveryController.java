package org.helpline.scim.api;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.scim.internal.ScimException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What a directory asks before it provisions (RFC 7644, 4): the features this service supports,
 * its resource types and the attributes of their schemas.
 */
@Hidden
@Controller
@RequestMapping(ScimRepresentations.BASE)
class ScimDiscoveryController {

    private static final String CONFIG_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
    private static final String RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
    private static final String SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    private final ScimRepresentations scim;

    ScimDiscoveryController(ScimRepresentations scim) {
        this.scim = scim;
    }

    @GetMapping("/ServiceProviderConfig")
    ResponseEntity<String> serviceProviderConfig() {
        var config = new LinkedHashMap<String, Object>();
        config.put("schemas", List.of(CONFIG_SCHEMA));
        config.put("patch", Map.of("supported", true));
        config.put("bulk", Map.of("supported", false, "maxOperations", 0, "maxPayloadSize", 0));
        config.put("filter", Map.of("supported", true, "maxResults", 200));
        config.put("changePassword", Map.of("supported", false));
        config.put("sort", Map.of("supported", false));
        config.put("etag", Map.of("supported", true));
        config.put(
                "authenticationSchemes",
                List.of(Map.of(
                        "type", "oauthbearertoken",
                        "name", "Bearer secret",
                        "description", "The tenant's SCIM secret as Authorization: Bearer <secret>",
                        "primary", true)));
        config.put(
                "meta",
                Map.of("resourceType", "ServiceProviderConfig", "location", scim.base() + "/ServiceProviderConfig"));
        return scim.answer(200, config, null, null);
    }

    @GetMapping("/ResourceTypes")
    ResponseEntity<String> resourceTypes() {
        return scim.answer(200, listOf(List.of(typeOf("User"), typeOf("Group"))), null, null);
    }

    @GetMapping("/ResourceTypes/{name}")
    ResponseEntity<String> resourceType(@PathVariable String name) {
        if (!name.equals("User") && !name.equals("Group")) {
            throw ScimException.notFound("ResourceType", name);
        }
        return scim.answer(200, typeOf(name), null, null);
    }

    @GetMapping("/Schemas")
    ResponseEntity<String> schemas() {
        return scim.answer(200, listOf(List.of(userSchema(), groupSchema())), null, null);
    }

    @GetMapping("/Schemas/{id}")
    ResponseEntity<String> schema(@PathVariable String id) {
        if (id.equals(ScimRepresentations.USER_SCHEMA)) {
            return scim.answer(200, userSchema(), null, null);
        }
        if (id.equals(ScimRepresentations.GROUP_SCHEMA)) {
            return scim.answer(200, groupSchema(), null, null);
        }
        throw ScimException.notFound("Schema", id);
    }

    private static Map<String, Object> listOf(List<Map<String, Object>> resources) {
        var list = new LinkedHashMap<String, Object>();
        list.put("schemas", List.of(ScimRepresentations.LIST_SCHEMA));
        list.put("totalResults", resources.size());
        list.put("startIndex", 1);
        list.put("itemsPerPage", resources.size());
        list.put("Resources", resources);
        return list;
    }

    private Map<String, Object> typeOf(String name) {
        var type = new LinkedHashMap<String, Object>();
        type.put("schemas", List.of(RESOURCE_TYPE_SCHEMA));
        type.put("id", name);
        type.put("name", name);
        type.put("endpoint", "/" + name + "s");
        type.put("schema", name.equals("User") ? ScimRepresentations.USER_SCHEMA : ScimRepresentations.GROUP_SCHEMA);
        type.put("meta", Map.of("resourceType", "ResourceType", "location", scim.base() + "/ResourceTypes/" + name));
        return type;
    }

    private Map<String, Object> userSchema() {
        var name = attribute(
                "name",
                "complex",
                false,
                false,
                "readWrite",
                List.of(
                        attribute("formatted", "string", false, false, "readWrite", null),
                        attribute("givenName", "string", false, false, "readWrite", null),
                        attribute("familyName", "string", false, false, "readWrite", null)));
        var emails = attribute(
                "emails",
                "complex",
                true,
                false,
                "readWrite",
                List.of(
                        attribute("value", "string", false, false, "readWrite", null),
                        attribute("type", "string", false, false, "readWrite", null),
                        attribute("primary", "boolean", false, false, "readWrite", null)));
        var groups = attribute(
                "groups",
                "complex",
                true,
                false,
                "readOnly",
                List.of(
                        attribute("value", "string", false, false, "readOnly", null),
                        attribute("display", "string", false, false, "readOnly", null)));
        var userName = attribute("userName", "string", false, true, "readWrite", null);
        userName.put("uniqueness", "server");
        return schema(
                ScimRepresentations.USER_SCHEMA,
                "User",
                List.of(
                        userName,
                        name,
                        attribute("displayName", "string", false, false, "readWrite", null),
                        emails,
                        attribute("active", "boolean", false, false, "readWrite", null),
                        attribute("preferredLanguage", "string", false, false, "readWrite", null),
                        groups));
    }

    private Map<String, Object> groupSchema() {
        var members = attribute(
                "members",
                "complex",
                true,
                false,
                "readWrite",
                List.of(
                        attribute("value", "string", false, false, "immutable", null),
                        attribute("display", "string", false, false, "readOnly", null)));
        var displayName = attribute("displayName", "string", false, true, "readWrite", null);
        displayName.put("uniqueness", "server");
        return schema(ScimRepresentations.GROUP_SCHEMA, "Group", List.of(displayName, members));
    }

    private Map<String, Object> schema(String id, String name, List<Map<String, Object>> attributes) {
        var schema = new LinkedHashMap<String, Object>();
        schema.put("schemas", List.of(SCHEMA_SCHEMA));
        schema.put("id", id);
        schema.put("name", name);
        schema.put("attributes", attributes);
        schema.put("meta", Map.of("resourceType", "Schema", "location", scim.base() + "/Schemas/" + id));
        return schema;
    }

    private static Map<String, Object> attribute(
            String name,
            String type,
            boolean multiValued,
            boolean required,
            String mutability,
            List<Map<String, Object>> subAttributes) {
        var attribute = new LinkedHashMap<String, Object>();
        attribute.put("name", name);
        attribute.put("type", type);
        attribute.put("multiValued", multiValued);
        attribute.put("required", required);
        attribute.put("caseExact", false);
        attribute.put("mutability", mutability);
        attribute.put("returned", "default");
        attribute.put("uniqueness", "none");
        if (subAttributes != null) {
            attribute.put("subAttributes", subAttributes);
        }
        return attribute;
    }
}
