package org.helpline.requests.internal;

import java.util.Locale;
import org.helpline.catalog.Catalog;
import org.helpline.requests.OpenRequest;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.RequestCategory;
import org.springframework.stereotype.Component;

/**
 * A new request's service and problem classification against the organisation's catalog: a
 * technical request names a service, the classification belongs to the category and applies to the
 * service.
 */
@Component
class CatalogChecks {

    private final Catalog catalog;

    CatalogChecks(Catalog catalog) {
        this.catalog = catalog;
    }

    void check(String organisationId, OpenRequest command) {
        var serviceId = Intake.blankToNull(command.serviceId());
        if (serviceId == null && command.category() == RequestCategory.TECHNICAL) {
            throw new InvalidInputException("serviceId", "is required for technical requests");
        }
        if (serviceId != null
                && catalog.service(organisationId, serviceId, Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("serviceId", "is not a service of your support organisation");
        }
        var classification = catalog.classification(
                organisationId, command.category(), command.problemClassification(), Locale.ENGLISH);
        if (classification.isEmpty()) {
            throw new InvalidInputException(
                    "problemClassification", "is not a problem classification of " + command.category() + " requests");
        }
        if (serviceId != null && !classification.get().appliesTo(serviceId)) {
            throw new InvalidInputException("problemClassification", "does not apply to the service " + serviceId);
        }
    }
}
