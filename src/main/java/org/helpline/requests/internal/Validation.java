package org.helpline.requests.internal;

import jakarta.validation.Validator;
import java.util.Comparator;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks commands with Bean Validation inside the module, so pages and the API refuse the same
 * input with the same field names ({@code contact.email}), and only after the caller's right to
 * file at all was checked.
 */
@Component
class Validation {

    private final Validator validator;

    Validation(Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidInputException naming every broken field */
    <T> T check(T command) {
        var violations = validator.validate(command);
        if (violations.isEmpty()) {
            return command;
        }
        var problems = violations.stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        throw new InvalidInputException(problems);
    }
}
