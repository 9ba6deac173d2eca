package org.helpline.surveys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.helpline.surveys.internal.SurveyTopic;

/** A customer's answer: a rating from 1 to 5, what went well and badly, and an optional comment. */
public record SurveyAnswer(
        @NotNull @Min(1) @Max(5) Integer rating,
        Set<SurveyTopic> wentWell,
        Set<SurveyTopic> wentBadly,
        @Size(max = 2000) String comment) {

    public SurveyAnswer {
        wentWell = wentWell == null ? Set.of() : Set.copyOf(wentWell);
        wentBadly = wentBadly == null ? Set.of() : Set.copyOf(wentBadly);
    }
}
