package org.helpline.sla.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/** "If a request were filed at {@code receivedAt}": the tenant, when given, supplies the tenant's zone. */
record PreviewRequest(
        @NotBlank String organisation,
        @NotNull RequestCategory category,
        @NotNull Severity severity,
        UUID tenantId,
        @NotNull Instant receivedAt) {}
