package org.helpline.knowledge.internal;

import java.util.List;

/**
 * One page of ranked results with the facet counts of all results. {@code approximate} is true
 * when nothing matched exactly and the results tolerate a typo.
 */
public record SearchResults(
        String query,
        long total,
        int page,
        int size,
        List<SearchHit> items,
        List<FacetCount> services,
        List<FacetCount> languages,
        boolean approximate) {}
