package org.helpline.scim.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/** What every SCIM answer shares: its media type and the shape of its errors (RFC 7644, 3.12). */
public final class ScimResponses {

    public static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json;charset=UTF-8");

    public static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    private ScimResponses() {}

    public static Map<String, Object> error(int status, String scimType, String detail) {
        var body = new LinkedHashMap<String, Object>();
        body.put("schemas", List.of(ERROR_SCHEMA));
        body.put("status", String.valueOf(status));
        if (scimType != null) {
            body.put("scimType", scimType);
        }
        body.put("detail", detail);
        return body;
    }
}
