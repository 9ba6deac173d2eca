package org.helpline.tenancy.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Shows the broken rules of an {@link InvalidInputException} next to the form fields. A field
 * such as {@code phones[2]} is the third line of the {@code phones} text area: its message
 * ({@code tenancy.error.phones.entry}) names the line that was refused.
 */
final class FormErrors {

    private static final Pattern ELEMENT = Pattern.compile("(\\w+)\\[(\\d+)]");

    private FormErrors() {}

    static void reject(BindingResult result, InvalidInputException problem, Map<String, List<String>> lines) {
        for (var fieldProblem : problem.fieldProblems()) {
            var element = ELEMENT.matcher(fieldProblem.field());
            if (element.matches() && lines.containsKey(element.group(1))) {
                var field = element.group(1);
                var index = Integer.parseInt(element.group(2));
                var values = lines.get(field);
                var value = index < values.size() ? values.get(index) : "";
                result.rejectValue(
                        field, "tenancy.error." + field + ".entry", new Object[] {value}, fieldProblem.message());
            } else if (result.getFieldType(fieldProblem.field()) != null) {
                result.rejectValue(
                        fieldProblem.field(), "tenancy.error." + fieldProblem.field(), fieldProblem.message());
            } else {
                result.reject("tenancy.error.form", fieldProblem.message());
            }
        }
    }
}
