package org.helpline.phone.web;

import java.util.regex.Pattern;
import org.helpline.shared.InvalidInputException;
import org.springframework.validation.Errors;

/**
 * The directory's own verdict on an edit that passed the form's check (the entry's country reads a
 * number differently, say), put on the field it names, in words of the editor's labels.
 */
final class DirectoryProblems {

    private static final Pattern NUMBER_FIELD = Pattern.compile("numbers\\[(\\d+)]\\.(number|display|kind)");

    private DirectoryProblems() {}

    static void reject(InvalidInputException problem, Errors errors) {
        for (var fieldProblem : problem.fieldProblems()) {
            var field = fieldProblem.field();
            var number = NUMBER_FIELD.matcher(field);
            if (number.matches()) {
                var position = Integer.parseInt(number.group(1)) + 1;
                var path = "numbers[" + number.group(1) + "]." + number.group(2);
                var value = errors.getFieldValue(path);
                errors.rejectValue(
                        path, "phone.admin.error.directory." + number.group(2), new Object[] {position, value}, null);
            } else if (field.startsWith("zone")) {
                errors.rejectValue("zone", "phone.admin.error.zone");
            } else if (field.startsWith("languages")) {
                errors.rejectValue("languages", "phone.admin.error.languages");
            } else {
                errors.reject("phone.admin.error.hours");
            }
        }
    }
}
