package org.helpline.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/**
 * A new service request as the admin fills it in. {@code description} is Markdown; {@code routeTo}
 * null means the provider; {@code businessImpact}, how the problem affects the customer's business,
 * is required for severity A.
 */
public record OpenRequest(
        @NotNull RequestCategory category,
        @Size(max = 40) String serviceId,
        @NotBlank @Size(max = 60) String problemClassification,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 20000) String description,
        @NotNull Severity severity,
        HandledBy routeTo,
        @NotNull @Valid ContactDetails contact,
        @Size(max = 4000) String businessImpact) {}
