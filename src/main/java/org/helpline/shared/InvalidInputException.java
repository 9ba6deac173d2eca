package org.helpline.shared;

import java.util.List;

/** Input that breaks a rule of the domain (an invalid phone number, an unknown service...). */
public class InvalidInputException extends ProblemException {

    public InvalidInputException(String field, String message) {
        super(400, "invalid-input", field + ": " + message, List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super(400, "invalid-input", "The input breaks " + problems.size() + " rule(s).", problems);
    }
}
