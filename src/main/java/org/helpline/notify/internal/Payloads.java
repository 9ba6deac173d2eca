package org.helpline.notify.internal;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Template variables as stored in the outbox: a JSON object of strings. */
public final class Payloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

    private Payloads() {}

    public static String write(Map<String, String> values) {
        return JSON.writeValueAsString(values);
    }

    public static Map<String, String> read(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }
}
