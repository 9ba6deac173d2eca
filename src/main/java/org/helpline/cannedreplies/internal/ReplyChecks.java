package org.helpline.cannedreplies.internal;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.catalog.Catalog;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a draft with Bean Validation first, then with the rules its fields alone do not say
 * ({@link ReplyRules}) and with the catalog: a team's reply names a service of the organisation.
 */
@Component
class ReplyChecks {

    private final Validator validator;
    private final Catalog catalog;

    ReplyChecks(Validator validator, Catalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
    }

    /** @throws InvalidInputException naming every broken field */
    void check(String organisationId, ReplyDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        validator
                .validate(draft)
                .forEach(violation -> problems.add(
                        new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(sorted(problems));
        }
        problems.addAll(ReplyRules.problems(draft));
        if (draft.scope() == ReplyScope.TEAM
                && draft.serviceId() != null
                && catalog.service(organisationId, draft.serviceId(), Locale.ENGLISH)
                        .isEmpty()) {
            problems.add(new FieldProblem("serviceId", "is not a service of your organisation"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(sorted(problems));
        }
    }

    private static List<FieldProblem> sorted(List<FieldProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }
}
