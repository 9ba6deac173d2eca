package org.helpline.knowledge.internal;

import java.util.List;

/**
 * What an editor or an import gives for an article; checked by {@link ArticleManagement}. A null
 * {@code audience} means everyone; a null {@code topic} starts a topic of its own.
 */
public record ArticleDraft(
        String title,
        String body,
        String language,
        List<String> services,
        List<String> tags,
        Audience audience,
        boolean published,
        String topic) {}
