package org.helpline.knowledge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.helpline.knowledge.internal.KnowledgeBase;
import org.helpline.knowledge.internal.KnowledgeProperties;
import org.helpline.knowledge.internal.SearchRequest;
import org.helpline.knowledge.internal.SearchResults;
import org.helpline.knowledge.internal.Suggestion;
import org.helpline.shared.HelplineUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading self-help: {@code GET suggest} (up to 8 {@code {articleId, title, highlight}}),
 * {@code GET search} (ranked results with snippets, facets and {@code total}), {@code GET
 * articles/{id}}, and the reader's signals (picked suggestion, "Did this help?").
 */
@RestController
@RequestMapping("/api/v1/kb")
class KnowledgeRestController {

    private final KnowledgeBase knowledge;
    private final KnowledgeProperties properties;

    KnowledgeRestController(KnowledgeBase knowledge, KnowledgeProperties properties) {
        this.knowledge = knowledge;
        this.properties = properties;
    }

    @GetMapping("/suggest")
    List<Suggestion> suggest(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam String q,
            @RequestParam(required = false) String lang) {
        return knowledge.suggest(me, q, lang);
    }

    /** {@code lang} ranks that language first (default: the reader's); {@code language} and {@code service} filter. */
    @GetMapping("/search")
    SearchResults search(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam String q,
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return knowledge.search(
                me, new SearchRequest(q, lang, language, service, page, size == null ? properties.pageSize() : size));
    }

    @GetMapping("/articles/{id}")
    ArticleResponse article(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id) {
        return ArticleResponse.of(knowledge.article(me, id));
    }

    record Feedback(@NotNull Boolean helpful) {}

    @PostMapping("/articles/{id}/feedback")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void feedback(
            @AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, @Valid @RequestBody Feedback feedback) {
        knowledge.answer(me, id, feedback.helpful());
    }

    record Pick(
            @NotNull UUID articleId,
            @jakarta.validation.constraints.NotBlank String query) {}

    @PostMapping("/suggestions/picks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void picked(@AuthenticationPrincipal HelplineUser me, @Valid @RequestBody Pick pick) {
        knowledge.suggestionPicked(me, pick.articleId(), pick.query());
    }
}
