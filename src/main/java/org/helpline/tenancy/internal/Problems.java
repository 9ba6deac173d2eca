package org.helpline.tenancy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;

/** Collects every broken rule of one input so that a form shows all of them at once. */
final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    /** The checked value, or null after recording why it was refused. */
    <T> T check(Supplier<T> rule) {
        try {
            return rule.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.fieldProblems());
            return null;
        }
    }

    void throwIfAny() {
        if (problems.size() == 1) {
            var only = problems.get(0);
            throw new InvalidInputException(only.field(), only.message());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
