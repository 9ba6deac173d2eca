package org.helpline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a plausible JSON value for an OpenAPI schema, so that a request gets past its first checks,
 * and remembers every place a value went, so that one of them can then be spoiled.
 */
final class SampleBodies {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One value inside a sample: the object or array holding it, its key or index, and its schema. */
    record Slot(JsonNode parent, String property, int index, JsonNode schema) {

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(property, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(property);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        String name() {
            return property != null ? property : "[" + index + "]";
        }
    }

    /** A sample body and its slots, outermost first. */
    record Sample(JsonNode body, List<Slot> slots) {}

    private final ApiOperations api;
    private final Random random;

    SampleBodies(ApiOperations api, Random random) {
        this.api = api;
        this.random = random;
    }

    Sample of(JsonNode schema) {
        var slots = new ArrayList<Slot>();
        var body = value(schema, null, slots, 0);
        return new Sample(body, slots);
    }

    /** The kind of value a schema asks for: object, array, string, integer, number, boolean or enum. */
    String kind(JsonNode schema) {
        var resolved = api.resolve(schema);
        if (resolved.has("enum")) {
            return "enum";
        }
        if (resolved.has("properties")) {
            return "object";
        }
        return resolved.path("type").asString("string");
    }

    String format(JsonNode schema) {
        return api.resolve(schema).path("format").asString("");
    }

    private JsonNode value(JsonNode schema, String name, List<Slot> slots, int depth) {
        var resolved = api.resolve(schema);
        return switch (kind(schema)) {
            case "enum" -> NODES.stringNode(pick(resolved.get("enum")).asString());
            case "object" -> object(resolved, slots, depth);
            case "array" -> array(resolved, name, slots, depth);
            case "integer" ->
                NODES.numberNode(Math.max(1, resolved.path("minimum").asInt(1)));
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(resolved, name));
        };
    }

    private JsonNode object(JsonNode schema, List<Slot> slots, int depth) {
        var object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        for (var property : schema.path("properties").properties()) {
            object.set(property.getKey(), value(property.getValue(), property.getKey(), slots, depth + 1));
            slots.add(new Slot(object, property.getKey(), -1, property.getValue()));
        }
        var additional = schema.path("additionalProperties");
        if (additional.isObject()) {
            object.set("extra", value(additional, "extra", slots, depth + 1));
            slots.add(new Slot(object, "extra", -1, additional));
        }
        return object;
    }

    private JsonNode array(JsonNode schema, String name, List<Slot> slots, int depth) {
        var array = NODES.arrayNode();
        if (depth > 4) {
            return array;
        }
        var items = schema.path("items");
        array.add(value(items, name, slots, depth + 1));
        slots.add(new Slot(array, null, 0, items));
        return array;
    }

    private String text(JsonNode schema, String name) {
        var format = schema.path("format").asString("");
        var lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String text;
        if (format.equals("uuid")) {
            text = uuid();
        } else if (format.equals("date-time")) {
            text = "2026-03-02T10:15:30Z";
        } else if (format.equals("date")) {
            text = "2026-03-02";
        } else if (format.equals("email") || lower.contains("email") || lower.equals("login")) {
            text = "fuzz-" + Integer.toUnsignedString(random.nextInt(), 36) + "@example.com";
        } else if (lower.contains("lang")) {
            text = pick(List.of("pl", "en", "zh-CN"));
        } else if (lower.contains("phone") || lower.contains("number")) {
            text = "+48 22 123 45 67";
        } else if (lower.contains("zone")) {
            text = "Europe/Warsaw";
        } else if (lower.contains("country") || lower.contains("region") || lower.equals("code")) {
            text = pick(List.of("PL", "US", "CN"));
        } else if (lower.contains("currency")) {
            text = "PLN";
        } else {
            text = "Fuzz text " + random.nextInt(1000);
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return text.length() > max ? text.substring(0, max) : text;
    }

    private JsonNode pick(JsonNode values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random UUID from the seeded random, so that a seed repeats a run. */
    String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
