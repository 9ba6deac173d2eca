package org.helpline.surveys.internal;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code survey}; topics are comma-separated names. */
record SurveyRow(
        UUID tenantId,
        UUID id,
        UUID requestId,
        String organisationId,
        String number,
        String title,
        String serviceId,
        String severity,
        UUID agentId,
        String agentName,
        String recipient,
        Instant sentAt,
        Instant expiresAt,
        Instant answeredAt,
        Integer rating,
        String wentWell,
        String wentBadly,
        String comment) {}
