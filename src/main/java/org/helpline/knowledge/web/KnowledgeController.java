package org.helpline.knowledge.web;

import java.util.UUID;
import org.helpline.knowledge.internal.ArticleLanguage;
import org.helpline.knowledge.internal.ArticleManagement;
import org.helpline.knowledge.internal.KnowledgeBase;
import org.helpline.knowledge.internal.KnowledgeProperties;
import org.helpline.knowledge.internal.SearchRequest;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /kb}: search with typeahead, facets and paging; {@code /kb/articles/{id}}: an article
 * with "Did this help?"; {@code /kb/suggest}: the typeahead's list as an htmx fragment. When the
 * results did not help, admins carry the query into a new request and everyone else is pointed
 * to their admins.
 */
@Controller
class KnowledgeController {

    private final KnowledgeBase knowledge;
    private final KnowledgeProperties properties;
    private final ArticleManagement management;

    KnowledgeController(KnowledgeBase knowledge, KnowledgeProperties properties, ArticleManagement management) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.management = management;
    }

    @GetMapping("/kb")
    String search(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String service,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("language", language);
        model.addAttribute("service", service);
        var request = new SearchRequest(q, readerLanguage(), language, service, page, properties.pageSize());
        var results = q == null || q.isBlank() ? knowledge.browse(me, request) : knowledge.search(me, request);
        model.addAttribute("results", results);
        model.addAttribute("pages", (results.total() + results.size() - 1) / results.size());
        model.addAttribute("admins", knowledge.adminsToAsk(me));
        return "knowledge/search";
    }

    @GetMapping("/kb/suggest")
    String suggest(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute(
                "suggestions",
                q.length() > KnowledgeBase.MAX_QUERY
                        ? java.util.List.of()
                        : knowledge.suggest(me, q, readerLanguage()));
        return "knowledge/fragments :: suggestions";
    }

    @GetMapping("/kb/articles/{id}")
    String article(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String q,
            Model model) {
        var page = knowledge.article(me, id);
        if ("suggest".equals(from) && q != null && !q.isBlank()) {
            knowledge.suggestionPicked(me, id, q);
        }
        model.addAttribute("page", page);
        model.addAttribute("article", page.article());
        var names = new java.util.HashMap<String, String>();
        management
                .services(me.organisationId(), LocaleContextHolder.getLocale())
                .forEach(service -> names.put(service.id(), service.name()));
        model.addAttribute("serviceNames", names);
        return "knowledge/article";
    }

    @PostMapping("/kb/articles/{id}/feedback")
    String feedback(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @RequestParam(required = false) String helpful,
            Model model) {
        if (!"true".equals(helpful) && !"false".equals(helpful)) {
            throw new InvalidInputException("helpful", "must be true or false");
        }
        knowledge.answer(me, id, Boolean.parseBoolean(helpful));
        model.addAttribute("answered", Boolean.parseBoolean(helpful));
        return "knowledge/fragments :: thanks";
    }

    private static String readerLanguage() {
        return ArticleLanguage.of(LocaleContextHolder.getLocale()).code();
    }
}
