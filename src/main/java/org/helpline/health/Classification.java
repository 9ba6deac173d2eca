package org.helpline.health;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An incident (something is broken) or an advisory (something users should know, e.g. planned change). */
public enum Classification {
    INCIDENT,
    ADVISORY;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Classification> parse(String value) {
        return Arrays.stream(values())
                .filter(candidate -> candidate.value().equals(value))
                .findFirst();
    }
}
