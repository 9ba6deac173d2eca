package org.helpline.knowledge.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.helpline.knowledge.internal.ArticleImport;
import org.helpline.knowledge.internal.ArticleManagement;
import org.helpline.knowledge.internal.ImportReport;
import org.helpline.knowledge.internal.MarkdownFile;
import org.helpline.knowledge.internal.SearchAnalytics;
import org.helpline.knowledge.internal.SearchAnalyticsReport;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Writing self-help, for organisation admins: create and update articles, import Markdown files
 * with front matter ({@code {files: [{name, content}]}}; broken files are listed by name, the
 * others imported) and read search analytics.
 */
@RestController
@RequestMapping("/api/v1/kb")
@PreAuthorize("hasRole('ORG_ADMIN')")
class ArticleRestController {

    private final ArticleManagement management;
    private final SearchAnalytics analytics;
    private final ArticleImport imports;

    ArticleRestController(ArticleManagement management, SearchAnalytics analytics, ArticleImport imports) {
        this.management = management;
        this.analytics = analytics;
        this.imports = imports;
    }

    record Created(UUID id, long version) {}

    @PostMapping("/articles")
    ResponseEntity<Created> create(
            @AuthenticationPrincipal HelplineUser me, @Valid @RequestBody ArticleRequest request) {
        var article = management.create(me, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/kb/articles/" + article.id()))
                .body(new Created(article.id(), article.version()));
    }

    @PutMapping("/articles/{id}")
    Created update(
            @AuthenticationPrincipal HelplineUser me,
            @PathVariable UUID id,
            @Valid @RequestBody ArticleRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("version", "is required to update an article");
        }
        var article = management.update(me, id, request.version(), request.draft());
        return new Created(article.id(), article.version());
    }

    record ImportRequest(@NotEmpty @Size(max = 500) List<@Valid FileRequest> files) {}

    record FileRequest(
            @NotBlank @Size(max = 255) String name,
            @NotBlank @Size(max = 200_000) String content) {}

    @PostMapping("/imports")
    ImportReport importFiles(@AuthenticationPrincipal HelplineUser me, @Valid @RequestBody ImportRequest request) {
        return imports.importFiles(
                me,
                request.files().stream()
                        .map(file -> new MarkdownFile(file.name(), file.content()))
                        .toList());
    }

    @GetMapping("/analytics")
    SearchAnalyticsReport analytics(@AuthenticationPrincipal HelplineUser me) {
        return analytics.report(me);
    }
}
