package org.helpline.catalog.internal;

import java.util.List;
import java.util.Map;
import org.helpline.shared.RequestCategory;

/**
 * Everything the catalog holds for one support organisation, in catalog order and with the labels
 * of every language; immutable, so it is cached and shared between requests.
 */
public record OrganisationCatalog(
        List<String> serviceIds,
        List<String> offeringIds,
        List<Feature> features,
        List<Classification> classifications,
        List<ScopeItem> scope,
        Map<LabelKey, String> labels) {

    public OrganisationCatalog {
        serviceIds = List.copyOf(serviceIds);
        offeringIds = List.copyOf(offeringIds);
        features = List.copyOf(features);
        classifications = List.copyOf(classifications);
        scope = List.copyOf(scope);
        labels = Map.copyOf(labels);
    }

    /** A feature of a service; {@code byOffering} follows the order of the offerings. */
    public record Feature(String id, String serviceId, Map<String, Availability> byOffering) {}

    /** A problem classification; a null {@code serviceId} applies to every service. */
    public record Classification(String id, RequestCategory category, String serviceId) {}

    /** A sentence of the support scope: covered or not covered. */
    public record ScopeItem(String id, boolean covered) {}

    /** Identifies one label. */
    public record LabelKey(LabelKind kind, String code, String language) {}

    public boolean hasService(String serviceId) {
        return serviceIds.contains(serviceId);
    }

    /** The label in {@code language}, else the English one, else the code itself. */
    public String label(LabelKind kind, String code, String language) {
        var label = labels.get(new LabelKey(kind, code, language));
        if (label != null) {
            return label;
        }
        return labels.getOrDefault(new LabelKey(kind, code, CatalogLocales.ENGLISH), code);
    }
}
