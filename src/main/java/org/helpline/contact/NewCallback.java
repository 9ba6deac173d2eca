package org.helpline.contact;

import java.util.UUID;
import org.helpline.shared.Severity;

/**
 * A request for a callback, e.g. from a service request whose preferred contact method is the
 * phone. {@code phone} is read in the tenant's country; {@code serviceId} may be null.
 */
public record NewCallback(
        UUID tenantId,
        String organisationId,
        UUID partnerId,
        UUID requestId,
        String requestNumber,
        String phone,
        String language,
        String serviceId,
        Severity severity) {}
