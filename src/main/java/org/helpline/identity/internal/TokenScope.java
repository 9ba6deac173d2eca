package org.helpline.identity.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a personal API token may do: only read ({@code GET}, {@code HEAD}), or read and write. */
public enum TokenScope {
    READ("read"),
    READ_WRITE("read-write");

    private final String value;

    TokenScope(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** Whether a call with this HTTP method is within the scope. */
    public boolean allows(String method) {
        return this == READ_WRITE || "GET".equals(method) || "HEAD".equals(method);
    }

    static TokenScope of(String value) {
        return Arrays.stream(values())
                .filter(scope -> scope.value.equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown token scope " + value));
    }
}
