package org.helpline.sla.web;

import org.helpline.shared.InvalidInputException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * Puts the rules the service refused beside the form fields: {@code hours.MONDAY} belongs to the
 * Monday row, {@code hours} to the opening hours as a whole. A message code {@code
 * sla.error.<field>} names the field and explains the rule in the reader's language.
 */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, InvalidInputException problem) {
        for (var fieldProblem : problem.fieldProblems()) {
            var field = fieldProblem.field();
            if (field.startsWith("hours.")) {
                var day = field.substring("hours.".length()).replaceAll("\\[.*", "");
                result.rejectValue(
                        "days[" + day + "]",
                        "sla.error.hours",
                        new Object[] {new DefaultMessageSourceResolvable("sla.day." + day)},
                        fieldProblem.message());
            } else if (field.equals("hours")) {
                result.rejectValue("days", "sla.error.calendar.closedWeek", fieldProblem.message());
            } else if (result.getFieldType(field) != null) {
                result.rejectValue(field, "sla.error." + field, fieldProblem.message());
            } else {
                result.reject("sla.error.form", fieldProblem.message());
            }
        }
    }
}
