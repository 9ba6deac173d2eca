package org.helpline.knowledge.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A self-help article in one language. {@code topic} links the translations of one article; the
 * body is Markdown.
 */
public record Article(
        UUID id,
        String organisationId,
        String topic,
        ArticleLanguage language,
        String title,
        String body,
        List<String> services,
        List<String> tags,
        Audience audience,
        boolean published,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        long version) {}
