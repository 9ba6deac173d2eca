package org.helpline.catalog;

import org.helpline.shared.RequestCategory;

/**
 * What a request is about within its category. {@code serviceId} is null when the classification
 * applies to every service (such as installation and setup) or to none (billing, presales).
 */
public record ProblemClassification(String id, RequestCategory category, String serviceId, String name) {

    /** Whether a request about {@code service} may use this classification. */
    public boolean appliesTo(String service) {
        return serviceId == null || serviceId.equals(service);
    }
}
