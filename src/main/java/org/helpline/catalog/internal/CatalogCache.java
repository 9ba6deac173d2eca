package org.helpline.catalog.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps each organisation's catalog in memory after its first use: it is reference data that only
 * a migration changes, and every request form reads it.
 */
@Component
public class CatalogCache {

    private final CatalogRepository repository;
    private final Map<String, OrganisationCatalog> catalogs = new ConcurrentHashMap<>();

    CatalogCache(CatalogRepository repository) {
        this.repository = repository;
    }

    public OrganisationCatalog of(String organisationId) {
        return catalogs.computeIfAbsent(organisationId, repository::load);
    }
}
