package org.helpline.dashboard.internal;

import java.time.Instant;

/** One answered survey with what it is split by. */
public record SurveyFact(Instant answeredAt, int rating, String agentName, String serviceId, String severity) {}
