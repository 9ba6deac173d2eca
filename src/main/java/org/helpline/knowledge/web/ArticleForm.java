package org.helpline.knowledge.web;

import java.util.Arrays;
import java.util.List;
import org.helpline.knowledge.internal.Article;
import org.helpline.knowledge.internal.ArticleDraft;
import org.helpline.knowledge.internal.Audience;

/** The editor's form: lists as comma-separated text, as typed. */
record ArticleForm(
        String title,
        String body,
        String language,
        List<String> services,
        String tags,
        String audience,
        Boolean published,
        String topic,
        Long version) {

    static ArticleForm empty(String language) {
        return new ArticleForm("", "", language, List.of(), "", Audience.EVERYONE.name(), false, "", 0L);
    }

    static ArticleForm of(Article article) {
        return new ArticleForm(
                article.title(),
                article.body(),
                article.language().code(),
                article.services(),
                String.join(", ", article.tags()),
                article.audience().name(),
                article.published(),
                article.topic() == null ? "" : article.topic(),
                article.version());
    }

    ArticleDraft draft() {
        Audience chosen = null;
        if (audience != null) {
            chosen = Arrays.stream(Audience.values())
                    .filter(value -> value.name().equals(audience))
                    .findFirst()
                    .orElse(null);
        }
        var tagList = tags == null
                ? List.<String>of()
                : Arrays.stream(tags.split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
        return new ArticleDraft(
                title,
                body,
                language,
                services == null ? List.of() : services,
                tagList,
                chosen,
                Boolean.TRUE.equals(published),
                topic);
    }

    long versionOrZero() {
        return version == null ? 0 : version;
    }
}
