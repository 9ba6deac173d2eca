package org.helpline.surveys;

import java.time.Instant;
import java.util.UUID;

/** A customer answered a survey; an answer is recorded once and never changes. */
public record SurveyAnswered(
        UUID surveyId,
        UUID requestId,
        UUID tenantId,
        String organisationId,
        String serviceId,
        String severity,
        UUID agentId,
        String agentName,
        int rating,
        Instant answeredAt) {}
