package org.helpline.scim.internal;

import java.util.Locale;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Reading SCIM values as directories send them: Entra ID sends booleans as strings ("False"). */
final class ScimValues {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:";
    private static final String EXTENSION = "urn:ietf:params:scim:schemas:extension:";

    private ScimValues() {}

    static String text(JsonNode value, String attribute) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isContainer()) {
            throw ScimException.invalidValue(attribute + " must be a single value");
        }
        var text = value.asString().strip();
        if (text.indexOf('\u0000') >= 0) {
            throw ScimException.invalidValue(attribute + " must not contain the NUL character");
        }
        return text.isEmpty() ? null : text;
    }

    static boolean bool(JsonNode value, String attribute) {
        if (value != null && value.isBoolean()) {
            return value.booleanValue();
        }
        var text = text(value, attribute);
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        if ("false".equalsIgnoreCase(text)) {
            return false;
        }
        throw ScimException.invalidValue(attribute + " must be true or false");
    }

    static UUID id(String value, String attribute) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ScimException.invalidValue(attribute + " is not an id of this service: " + value);
        }
    }

    /** A path or attribute name in lower case, without the core schema's URN. */
    static String path(String path) {
        var name = path.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith(CORE)) {
            int colon = name.indexOf(':', CORE.length());
            name = colon < 0 ? "" : name.substring(colon + 1);
        }
        return name;
    }

    /** Attributes of schema extensions (Entra's enterprise user) that Helpline does not keep. */
    static boolean isExtension(String path) {
        return path.startsWith(EXTENSION);
    }

    /** The core schema's URN used as a key of a path-less PATCH value that holds attributes. */
    static boolean isCoreSchema(String path) {
        return path.startsWith(CORE) && path.indexOf(':', CORE.length()) < 0;
    }
}
