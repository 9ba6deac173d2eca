package org.helpline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The operations of the application's own OpenAPI document, with their parameters and body schema. */
final class ApiOperations {

    /** A parameter of an operation: in the path, the query or a header. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    /** One method on one path; {@code body} is the schema of its JSON body, or null when it takes none. */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, boolean bodyRequired) {

        boolean takesBody() {
            return body != null;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean writes() {
            return !method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;

    ApiOperations(JsonNode document) {
        this.document = document;
        this.operations = read(document);
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the component it refers to. */
    JsonNode resolve(JsonNode schema) {
        var resolved = schema;
        for (int hops = 0; resolved.has("$ref") && hops < 10; hops++) {
            var name = resolved.get("$ref").asString().replace("#/components/schemas/", "");
            resolved = document.path("components").path("schemas").path(name);
        }
        if (resolved.has("allOf")) {
            return resolve(resolved.get("allOf").get(0));
        }
        if (resolved.has("oneOf")) {
            return resolve(resolved.get("oneOf").get(0));
        }
        return resolved;
    }

    private static List<Operation> read(JsonNode document) {
        var operations = new ArrayList<Operation>();
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                operations.add(operation(path.getKey(), method.getKey(), method.getValue()));
            }
        }
        return List.copyOf(operations);
    }

    private static Operation operation(String path, String method, JsonNode spec) {
        var parameters = new ArrayList<Parameter>();
        for (var parameter : spec.path("parameters")) {
            parameters.add(new Parameter(
                    parameter.get("name").asString(),
                    parameter.get("in").asString(),
                    parameter.path("required").asBoolean(false),
                    parameter.path("schema")));
        }
        var content = spec.path("requestBody").path("content");
        var body = content.isMissingNode()
                ? null
                : content.values().iterator().next().path("schema");
        return new Operation(
                method.toUpperCase(Locale.ROOT),
                path,
                List.copyOf(parameters),
                body,
                spec.path("requestBody").path("required").asBoolean(false));
    }
}
