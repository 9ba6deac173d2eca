package org.helpline.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.knowledge.internal.ArticleImport;
import org.helpline.knowledge.internal.ArticleLanguage;
import org.helpline.knowledge.internal.ArticleManagement;
import org.helpline.knowledge.internal.Audience;
import org.helpline.knowledge.internal.MarkdownFile;
import org.helpline.knowledge.internal.SearchAnalytics;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The organisation admins' pages: the list of articles, the editor with preview, import and analytics. */
@Controller
@PreAuthorize("hasRole('ORG_ADMIN')")
class ArticleEditorController {

    private static final int PAGE = 50;

    private final ArticleManagement management;
    private final SearchAnalytics analytics;
    private final ArticleImport imports;

    ArticleEditorController(ArticleManagement management, SearchAnalytics analytics, ArticleImport imports) {
        this.management = management;
        this.analytics = analytics;
        this.imports = imports;
    }

    @GetMapping("/kb/manage")
    String list(@AuthenticationPrincipal HelplineUser me, @RequestParam(defaultValue = "0") int page, Model model) {
        long total = management.count(me);
        model.addAttribute("articles", management.articles(me, Math.max(page, 0), PAGE));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("pages", (total + PAGE - 1) / PAGE);
        return "knowledge/manage";
    }

    @GetMapping("/kb/manage/new")
    String create(Model model) {
        return editor(
                model,
                ArticleForm.empty(
                        ArticleLanguage.of(LocaleContextHolder.getLocale()).code()),
                null,
                List.of());
    }

    @PostMapping("/kb/manage")
    String created(@AuthenticationPrincipal HelplineUser me, @ModelAttribute ArticleForm form, Model model) {
        try {
            var article = management.create(me, form.draft());
            return "redirect:/kb/manage/" + article.id() + "?saved";
        } catch (InvalidInputException e) {
            return editor(model, form, null, e.fieldProblems());
        }
    }

    @GetMapping("/kb/manage/{id}")
    String edit(@AuthenticationPrincipal HelplineUser me, @PathVariable UUID id, Model model) {
        return editor(model, ArticleForm.of(management.article(me, id)), id, List.of());
    }

    @PostMapping("/kb/manage/{id}")
    String updated(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @ModelAttribute ArticleForm form,
            Model model) {
        try {
            management.update(me, id, form.versionOrZero(), form.draft());
            return "redirect:/kb/manage/" + id + "?saved";
        } catch (InvalidInputException e) {
            return editor(model, form, id, e.fieldProblems());
        }
    }

    @PostMapping("/kb/manage/preview")
    String preview(@RequestParam(defaultValue = "") String body, Model model) {
        model.addAttribute("html", management.preview(body));
        return "knowledge/fragments :: preview";
    }

    /**
     * Imports the Markdown files of the upload. A form without files (none chosen, or not sent as an
     * upload at all) shows the list again with a 400 and says to choose a file.
     */
    @PostMapping("/kb/manage/import")
    String importFiles(
            @AuthenticationPrincipal HelplineUser me,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model,
            HttpServletResponse response)
            throws IOException {
        var markdown = new ArrayList<MarkdownFile>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                markdown.add(new MarkdownFile(
                        file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8)));
            }
        }
        if (markdown.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("importError", true);
            return list(me, 0, model);
        }
        model.addAttribute("report", imports.importFiles(me, markdown));
        return list(me, 0, model);
    }

    @GetMapping("/kb/manage/analytics")
    String analytics(@AuthenticationPrincipal HelplineUser me, Model model) {
        model.addAttribute("report", analytics.report(me));
        return "knowledge/analytics";
    }

    private String editor(
            Model model, ArticleForm form, UUID id, List<org.helpline.shared.ProblemException.FieldProblem> problems) {
        var me = HelplineUser.current().orElseThrow();
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute(
                "errors",
                problems.stream()
                        .collect(Collectors.toMap(
                                org.helpline.shared.ProblemException.FieldProblem::field,
                                problem -> errorKey(problem.field()),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new)));
        model.addAttribute("services", management.services(me.organisationId(), LocaleContextHolder.getLocale()));
        model.addAttribute("languages", ArticleLanguage.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("preview", management.preview(form.body()));
        return "knowledge/editor";
    }

    /** The message naming the field by its label in the reader's language; the domain's wording is for the API. */
    private static String errorKey(String field) {
        return switch (field) {
            case "title", "body", "language", "services", "tags", "topic" -> "knowledge.error." + field;
            default -> "knowledge.error.other";
        };
    }
}
