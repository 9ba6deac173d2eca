package org.helpline.surveys;

import java.util.UUID;

/**
 * Answering a request's survey without its link, for answers that arrive by other ways than the
 * e-mailed link (the demo history's customers). The answer is recorded as one through the link
 * would be, with the same checks and the same {@link SurveyAnswered} event.
 */
public interface SurveyAnswers {

    /** Records the answer to the survey of the tenant's request; false when there is none or it was answered. */
    boolean answerOfRequest(UUID tenantId, UUID requestId, SurveyAnswer answer);
}
