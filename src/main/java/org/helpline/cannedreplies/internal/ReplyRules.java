package org.helpline.cannedreplies.internal;

import java.util.ArrayList;
import java.util.List;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.shared.ProblemException.FieldProblem;

/** The rules of a canned reply that its fields alone do not say. */
final class ReplyRules {

    private ReplyRules() {}

    static List<FieldProblem> problems(ReplyDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        if (blankToNull(draft.bodyEn()) == null
                && blankToNull(draft.bodyPl()) == null
                && blankToNull(draft.bodyZhCn()) == null) {
            problems.add(new FieldProblem("bodyEn", "write the reply in at least one language"));
        }
        unknown(problems, "bodyEn", draft.bodyEn());
        unknown(problems, "bodyPl", draft.bodyPl());
        unknown(problems, "bodyZhCn", draft.bodyZhCn());
        if (draft.scope() == ReplyScope.TEAM && blankToNull(draft.serviceId()) == null) {
            problems.add(new FieldProblem("serviceId", "is required for a team's reply: the service the team handles"));
        }
        if (draft.setSeverity() != null && blankToNull(draft.severityReason()) == null) {
            problems.add(new FieldProblem("severityReason", "is required with a change of severity (R-19)"));
        }
        return problems;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void unknown(List<FieldProblem> problems, String field, String body) {
        var unknown = Placeholders.unknown(body);
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(
                    field,
                    "has unknown placeholders " + String.join(", ", unknown) + "; use {{"
                            + String.join("}}, {{", Placeholders.NAMES) + "}}"));
        }
    }
}
