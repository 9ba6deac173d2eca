package org.helpline.sla;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/** Everything {@link SlaManagement#start} needs to start a new request's clocks. */
public record ClockStart(
        UUID requestId,
        UUID tenantId,
        String organisationId,
        RequestCategory category,
        Severity severity,
        ZoneId tenantZone,
        Instant receivedAt) {}
