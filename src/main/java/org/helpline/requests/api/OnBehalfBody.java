package org.helpline.requests.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.helpline.requests.ContactDetails;
import org.helpline.requests.HandledBy;
import org.helpline.requests.OpenRequest;
import org.helpline.shared.RequestCategory;
import org.helpline.shared.Severity;

/** The body of POST /api/v1/requests/on-behalf: the tenant, and the fields of POST /api/v1/requests. */
@Schema(description = "A request filed for a tenant: tenantId plus the same fields as a tenant admin's request.")
record OnBehalfBody(
        @Schema(description = "The tenant the caller speaks for", requiredMode = Schema.RequiredMode.REQUIRED)
        UUID tenantId,

        RequestCategory category,
        String serviceId,
        String problemClassification,
        String title,
        String description,
        Severity severity,

        @Schema(description = "PROVIDER (default for agents) or PARTNER; partner agents may only give PARTNER")
        HandledBy routeTo,

        ContactDetails contact,

        @Schema(description = "How the problem affects the customer's business; required for severity A (R-18)")
        String businessImpact) {

    OpenRequest request() {
        return new OpenRequest(
                category,
                serviceId,
                problemClassification,
                title,
                description,
                severity,
                routeTo,
                contact,
                businessImpact);
    }
}
