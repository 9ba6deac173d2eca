package org.helpline.health.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.helpline.shared.InvalidInputException;

/**
 * The declaration form's errors by field, as message keys that name the field by its label in the
 * reader's language; the domain's own wording is for the API.
 */
final class DeclareErrors {

    private DeclareErrors() {}

    static Map<String, String> of(InvalidInputException problem) {
        var errors = new LinkedHashMap<String, String>();
        for (var fieldProblem : problem.fieldProblems()) {
            var field = fieldProblem.field();
            var key = switch (field) {
                case "classification", "title", "services", "status", "impactDescription", "language" -> field;
                default -> "other";
            };
            errors.putIfAbsent(key, "health.error." + key);
        }
        return errors;
    }
}
