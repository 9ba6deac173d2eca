package org.helpline.scim.internal;

/**
 * A refusal as SCIM words it (RFC 7644, 3.12): an HTTP status and, for 400 and 409, a
 * {@code scimType} such as {@code invalidFilter}, {@code invalidValue} or {@code uniqueness}.
 */
public class ScimException extends RuntimeException {

    private final int status;
    private final String scimType;

    public ScimException(int status, String scimType, String detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }

    public static ScimException invalidValue(String detail) {
        return new ScimException(400, "invalidValue", detail);
    }

    public static ScimException invalidSyntax(String detail) {
        return new ScimException(400, "invalidSyntax", detail);
    }

    public static ScimException invalidFilter(String detail) {
        return new ScimException(400, "invalidFilter", detail);
    }

    public static ScimException uniqueness(String detail) {
        return new ScimException(409, "uniqueness", detail);
    }

    public static ScimException notFound(String resourceType, Object id) {
        return new ScimException(404, null, resourceType + " " + id + " not found");
    }

    public int status() {
        return status;
    }

    /** Null where RFC 7644 names none (404, 401). */
    public String scimType() {
        return scimType;
    }
}
