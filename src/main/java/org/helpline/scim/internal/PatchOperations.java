package org.helpline.scim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The operations of a PATCH request (RFC 7644, 3.5.2). Entra ID writes the operation's name
 * capitalised ("Replace"), so it is read ignoring case.
 */
record PatchOperations(List<Operation> operations) {

    /** One operation: {@code op} in lower case, {@code path} null when it has none. */
    record Operation(String op, String path, JsonNode value) {}

    private static final Set<String> OPS = Set.of("add", "replace", "remove");

    static PatchOperations of(JsonNode body) {
        var operations = body == null ? null : body.get("Operations");
        if (operations == null) {
            operations = body == null ? null : body.get("operations");
        }
        if (operations == null || !operations.isArray() || operations.isEmpty()) {
            throw ScimException.invalidSyntax("A PATCH request needs a list of Operations");
        }
        var read = new ArrayList<Operation>();
        for (var operation : operations) {
            var op = ScimValues.text(operation.get("op"), "op");
            if (op == null || !OPS.contains(op.toLowerCase(Locale.ROOT))) {
                throw ScimException.invalidSyntax("op must be add, replace or remove, not " + op);
            }
            var path = ScimValues.text(operation.get("path"), "path");
            read.add(new Operation(op.toLowerCase(Locale.ROOT), path, operation.get("value")));
        }
        return new PatchOperations(List.copyOf(read));
    }
}
