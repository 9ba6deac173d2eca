package org.helpline.cannedreplies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.helpline.cannedreplies.ReplyDraft;
import org.helpline.cannedreplies.ReplyScope;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;

/** Placeholders of canned replies and the rules of a reply beyond its fields. */
class PlaceholdersTests {

    @Test
    void knownPlaceholdersAreFilledWithSpacesAllowedAndValuesInsertedAsWritten() {
        var filled = Placeholders.fill(
                "Hi {{requester}}, {{ number }} is due {{due}}. {{agent}}",
                Map.of("requester", "Anna $1 \\o/", "number", "GL-1", "due", "today", "agent", "Adam"));

        assertThat(filled).isEqualTo("Hi Anna $1 \\o/, GL-1 is due today. Adam");
    }

    @Test
    void unknownPlaceholdersAreNamedInOrderAndBracesAloneAreText() {
        assertThat(Placeholders.unknown("{{customer}} {{number}} {{ }} {single} {{x y}}"))
                .containsExactly("{{customer}}", "{{ }}");
        assertThat(Placeholders.unknown(null)).isEmpty();
    }

    @Test
    void aReplyNeedsABodyKnownPlaceholdersAServiceForATeamAndAReasonForASeverity() {
        var draft = new ReplyDraft(
                ReplyScope.TEAM, null, "x", "X", " ", null, "{{who}}", null, Severity.C, " ", null, null);

        assertThat(ReplyRules.problems(draft))
                .extracting(FieldProblem::field)
                .containsExactly("bodyZhCn", "serviceId", "severityReason");
        var none = new ReplyDraft(ReplyScope.PERSONAL, null, "x", "X", null, " ", null, null, null, null, null, null);
        assertThat(ReplyRules.problems(none)).extracting(FieldProblem::field).containsExactly("bodyEn");
    }
}
