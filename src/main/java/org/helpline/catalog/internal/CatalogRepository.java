package org.helpline.catalog.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.helpline.catalog.internal.OrganisationCatalog.Classification;
import org.helpline.catalog.internal.OrganisationCatalog.Feature;
import org.helpline.catalog.internal.OrganisationCatalog.LabelKey;
import org.helpline.catalog.internal.OrganisationCatalog.ScopeItem;
import org.helpline.shared.RequestCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the whole catalog of one support organisation; a missing availability row means not available. */
@Repository
class CatalogRepository {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrganisationCatalog load(String organisationId) {
        var offeringIds = ids("catalog_offering", organisationId);
        return new OrganisationCatalog(
                ids("catalog_service", organisationId),
                offeringIds,
                features(organisationId, offeringIds),
                classifications(organisationId),
                scope(organisationId),
                labels(organisationId));
    }

    private List<String> ids(String table, String organisationId) {
        return jdbc.sql("select id from " + table + " where organisation_id = :org order by position")
                .param("org", organisationId)
                .query(String.class)
                .list();
    }

    private List<Feature> features(String organisationId, List<String> offeringIds) {
        var availability = availability(organisationId);
        return jdbc.sql("""
                        select id, service_id
                        from catalog_feature
                        where organisation_id = :org
                        order by position
                        """)
                .param("org", organisationId)
                .query((rs, row) -> {
                    var id = rs.getString("id");
                    var cells = new LinkedHashMap<String, Availability>();
                    offeringIds.forEach(offering -> cells.put(
                            offering, availability.getOrDefault(id + "/" + offering, Availability.NOT_AVAILABLE)));
                    return new Feature(id, rs.getString("service_id"), Collections.unmodifiableMap(cells));
                })
                .list();
    }

    private Map<String, Availability> availability(String organisationId) {
        var cells = new LinkedHashMap<String, Availability>();
        jdbc.sql("""
                        select feature_id, offering_id, availability
                        from catalog_feature_availability
                        where organisation_id = :org
                        """).param("org", organisationId).query(rs -> {
            cells.put(
                    rs.getString("feature_id") + "/" + rs.getString("offering_id"),
                    Availability.valueOf(rs.getString("availability")));
        });
        return cells;
    }

    private List<Classification> classifications(String organisationId) {
        return jdbc.sql("""
                        select id, category, service_id
                        from catalog_classification
                        where organisation_id = :org
                        order by position
                        """)
                .param("org", organisationId)
                .query((rs, row) -> new Classification(
                        rs.getString("id"),
                        RequestCategory.valueOf(rs.getString("category")),
                        rs.getString("service_id")))
                .list();
    }

    private List<ScopeItem> scope(String organisationId) {
        return jdbc.sql("""
                        select id, covered
                        from catalog_scope_item
                        where organisation_id = :org
                        order by position
                        """)
                .param("org", organisationId)
                .query((rs, row) -> new ScopeItem(rs.getString("id"), rs.getBoolean("covered")))
                .list();
    }

    private Map<LabelKey, String> labels(String organisationId) {
        var labels = new LinkedHashMap<LabelKey, String>();
        jdbc.sql("""
                        select kind, code, language, label
                        from catalog_label
                        where organisation_id = :org
                        """).param("org", organisationId).query(rs -> {
            labels.put(
                    new LabelKey(
                            LabelKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("language")),
                    rs.getString("label"));
        });
        return labels;
    }
}
