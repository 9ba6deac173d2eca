package org.helpline.requests.api;

import org.helpline.shared.InvalidInputException;

/** The version a change is based on: from the body, or else from an {@code If-Match} header ({@code "3"}). */
final class Versions {

    private Versions() {}

    static Long of(Long body, String ifMatch) {
        if (body != null || ifMatch == null || ifMatch.isBlank()) {
            return body;
        }
        var tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "must be the version of the request, e.g. \"3\"");
        }
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
