package org.helpline.knowledge.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.knowledge.internal.Article;
import org.helpline.knowledge.internal.ArticlePage;

/** An article as the API shows it: the Markdown, its sanitized HTML, translations and related articles. */
record ArticleResponse(
        UUID id,
        String title,
        String language,
        String body,
        String html,
        List<String> services,
        List<String> tags,
        String audience,
        boolean published,
        String topic,
        Instant updatedAt,
        long version,
        List<ArticlePage.Link> translations,
        List<ArticlePage.Link> related) {

    static ArticleResponse of(ArticlePage page) {
        Article article = page.article();
        return new ArticleResponse(
                article.id(),
                article.title(),
                article.language().code(),
                article.body(),
                page.html(),
                article.services(),
                article.tags(),
                article.audience().name(),
                article.published(),
                article.topic(),
                article.updatedAt(),
                article.version(),
                page.translations(),
                page.related());
    }
}
