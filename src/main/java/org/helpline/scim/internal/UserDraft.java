package org.helpline.scim.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The attributes of a SCIM user being written: read from a POST or PUT, or changed by a PATCH's
 * operations. Attributes Helpline does not keep (titles, phone numbers, the enterprise extension)
 * are ignored, as a directory sends whatever its mapping holds.
 */
final class UserDraft {

    private static final Pattern WORK_EMAIL = Pattern.compile("emails\\[type eq \"([a-z]+)\"]\\.value");

    String userName;
    String externalId;
    String givenName;
    String familyName;
    String formattedName;
    String displayName;
    String workEmail;
    String preferredLanguage;
    boolean active = true;

    /** A whole user, as sent by POST and PUT. */
    static UserDraft of(JsonNode body) {
        var draft = new UserDraft();
        draft.setAll(body);
        return draft;
    }

    /** Applies one PATCH operation; {@code op} in lower case, {@code path} null for a path-less one. */
    void apply(String op, String path, JsonNode value) {
        if (path == null) {
            if (op.equals("remove") || value == null || !value.isObject()) {
                throw new ScimException(400, "noTarget", "A PATCH operation without a path needs an object value");
            }
            setAll(value);
        } else if (op.equals("remove")) {
            set(ScimValues.path(path), null);
        } else {
            set(ScimValues.path(path), value);
        }
    }

    private void setAll(JsonNode attributes) {
        for (var attribute : attributes.properties()) {
            set(ScimValues.path(attribute.getKey()), attribute.getValue());
        }
    }

    private void set(String path, JsonNode value) {
        if (ScimValues.isExtension(path)) {
            return;
        }
        var email = WORK_EMAIL.matcher(path);
        if (email.matches()) {
            if (email.group(1).equals("work")) {
                this.workEmail = ScimValues.text(value, "emails.value");
            }
            return;
        }
        switch (path) {
            case "" -> {
                if (value != null && value.isObject()) {
                    setAll(value);
                }
            }
            case "username" -> userName = ScimValues.text(value, "userName");
            case "externalid" -> externalId = ScimValues.text(value, "externalId");
            case "displayname" -> displayName = ScimValues.text(value, "displayName");
            case "preferredlanguage" -> preferredLanguage = ScimValues.text(value, "preferredLanguage");
            case "active" -> active = value == null || value.isNull() || ScimValues.bool(value, "active");
            case "name" -> setName(value);
            case "name.givenname" -> givenName = ScimValues.text(value, "name.givenName");
            case "name.familyname" -> familyName = ScimValues.text(value, "name.familyName");
            case "name.formatted" -> formattedName = ScimValues.text(value, "name.formatted");
            case "emails" -> workEmail = email(value);
            default -> {
                // Attributes Helpline does not keep are left alone.
            }
        }
    }

    private void setName(JsonNode name) {
        if (name == null || name.isNull()) {
            givenName = null;
            familyName = null;
            formattedName = null;
            return;
        }
        if (!name.isObject()) {
            throw ScimException.invalidValue("name must be an object");
        }
        givenName = ScimValues.text(name.get("givenName"), "name.givenName");
        familyName = ScimValues.text(name.get("familyName"), "name.familyName");
        formattedName = ScimValues.text(name.get("formatted"), "name.formatted");
    }

    /** The work address of a list of e-mails, else the primary one, else the first. */
    private static String email(JsonNode emails) {
        if (emails == null || emails.isNull() || emails.isEmpty()) {
            return null;
        }
        if (!emails.isArray()) {
            throw ScimException.invalidValue("emails must be a list");
        }
        JsonNode chosen = emails.get(0);
        for (var email : emails) {
            var primary = email.path("primary");
            if (!primary.isMissingNode() && !primary.isNull() && ScimValues.bool(primary, "emails.primary")) {
                chosen = email;
            }
        }
        for (var email : emails) {
            if ("work".equalsIgnoreCase(email.path("type").asString(""))) {
                chosen = email;
            }
        }
        return ScimValues.text(chosen.get("value"), "emails.value");
    }

    /** Refuses a draft without a userName or with values longer than Helpline keeps. */
    void check() {
        if (userName == null) {
            throw ScimException.invalidValue("userName is required");
        }
        fits("externalId", externalId, 200);
        fits("name.givenName", givenName, 200);
        fits("name.familyName", familyName, 200);
        fits("name.formatted", formattedName, 400);
        fits("emails.value", workEmail, 254);
        fits("preferredLanguage", preferredLanguage, 35);
    }

    private static void fits(String attribute, String value, int length) {
        if (value != null && value.length() > length) {
            throw ScimException.invalidValue(attribute + " must be at most " + length + " characters");
        }
    }

    /** The name Helpline shows: the display name, else the formatted name, else given and family name, else the login. */
    String shownName() {
        if (displayName != null) {
            return displayName;
        }
        if (formattedName != null) {
            return formattedName;
        }
        var parts = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).strip();
        return parts.isEmpty() ? userName : parts;
    }

    /** Helpline's language for SCIM's preferredLanguage (pl, en, zh-CN and their regional forms); null for another. */
    String helplineLanguage() {
        if (preferredLanguage == null) {
            return null;
        }
        var tag = preferredLanguage.toLowerCase(Locale.ROOT).replace('_', '-');
        if (tag.equals("pl") || tag.startsWith("pl-")) {
            return "pl";
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
            return "en";
        }
        if (tag.equals("zh") || tag.startsWith("zh-")) {
            return "zh-CN";
        }
        return null;
    }
}
