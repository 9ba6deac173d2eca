package org.helpline.catalog.internal;

import java.util.List;
import org.helpline.catalog.CatalogService;

/** Which features each offering of a support organisation has, rows in catalog order. */
public record FeatureMatrix(List<Offering> offerings, List<CatalogService> services, List<FeatureRow> rows) {

    /** The rows of one service. */
    public List<FeatureRow> rowsOf(String serviceId) {
        return rows.stream().filter(row -> row.serviceId().equals(serviceId)).toList();
    }
}
