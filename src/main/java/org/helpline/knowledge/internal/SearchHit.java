package org.helpline.knowledge.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A search result; {@code snippet} is HTML-escaped with the matching words in {@code <mark>}.
 * {@code serviceNames} are the names of {@code services} in the reader's language, for badges.
 */
record SearchHit(
        UUID articleId,
        String title,
        String snippet,
        String language,
        List<String> services,
        List<String> serviceNames) {

    SearchHit(UUID articleId, String title, String snippet, String language, List<String> services) {
        this(articleId, title, snippet, language, services, services);
    }

    /** The hit with its services named; a service the catalog does not know keeps its id. */
    SearchHit named(Map<String, String> names) {
        var named = services.stream().map(id -> names.getOrDefault(id, id)).toList();
        return new SearchHit(articleId, title, snippet, language, services, named);
    }
}
