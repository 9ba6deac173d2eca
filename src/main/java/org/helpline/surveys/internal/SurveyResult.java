package org.helpline.surveys.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An answered survey, attached to its request and the agent who worked it. */
public record SurveyResult(
        UUID requestId,
        String number,
        UUID agentId,
        String agentName,
        int rating,
        Set<SurveyTopic> wentWell,
        Set<SurveyTopic> wentBadly,
        String comment,
        Instant answeredAt) {}
