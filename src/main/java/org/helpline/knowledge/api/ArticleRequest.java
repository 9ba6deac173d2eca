package org.helpline.knowledge.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.helpline.knowledge.internal.ArticleDraft;
import org.helpline.knowledge.internal.Audience;

/** {@code POST /api/v1/kb/articles} and {@code PUT /api/v1/kb/articles/{id}} (the latter with {@code version}). */
record ArticleRequest(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 100_000) String body,
        @NotBlank String language,
        @NotEmpty List<@NotBlank String> services,
        List<@NotBlank @Size(max = 40) String> tags,
        Audience audience,
        @NotNull Boolean published,
        @Size(max = 100) String topic,
        Long version) {

    ArticleDraft draft() {
        return new ArticleDraft(
                title, body, language, services, tags == null ? List.of() : tags, audience, published, topic);
    }
}
