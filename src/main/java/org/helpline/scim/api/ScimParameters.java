package org.helpline.scim.api;

import org.helpline.scim.internal.ScimException;

/** Query parameters of SCIM lists, read so that a bad one answers a SCIM error rather than Spring's. */
final class ScimParameters {

    private ScimParameters() {}

    static Integer number(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ScimException.invalidValue(name + " must be a whole number");
        }
    }

    /** Whether {@code excludedAttributes} leaves out the members of groups, as Entra ID asks. */
    static boolean excludesMembers(String excludedAttributes) {
        if (excludedAttributes == null) {
            return false;
        }
        for (var attribute : excludedAttributes.split(",")) {
            if (attribute.strip().equalsIgnoreCase("members")) {
                return true;
            }
        }
        return false;
    }
}
