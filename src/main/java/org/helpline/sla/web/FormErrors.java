package org.helpline.sla.web;

import org.helpline.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts the broken rules of an {@link InvalidInputException} beside the form fields: {@code
 * hours.MONDAY} belongs to the Monday line; a message code {@code sla.error.<field>} explains the
 * rule in the reader's language, the English message of the rule being the fallback.
 */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, InvalidInputException problem) {
        for (var fieldProblem : problem.fieldProblems()) {
            var field = fieldProblem.field();
            if (field.startsWith("hours.")) {
                result.rejectValue(
                        "days[" + field.substring("hours.".length()) + "]", "sla.error.hours", fieldProblem.message());
            } else if (result.getFieldType(field) != null) {
                result.rejectValue(field, "sla.error." + field, fieldProblem.message());
            } else {
                result.reject("sla.error.form", new Object[] {field, fieldProblem.message()}, fieldProblem.message());
            }
        }
    }
}
