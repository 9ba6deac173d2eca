package org.helpline.knowledge.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.platform.Markdown;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writing articles: organisation admins create and edit them (Markdown, language, services,
 * tags, audience, draft or published); {@link ArticleImport} brings in Markdown files. Each write
 * appends to the change log in the same transaction, so every node's index follows.
 */
@Service
public class ArticleManagement {

    private final Articles articles;
    private final ChangeLog changes;
    private final KnowledgeIndex index;
    private final Catalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    ArticleManagement(
            Articles articles,
            ChangeLog changes,
            KnowledgeIndex index,
            Catalog catalog,
            AuditTrail audit,
            Clock clock) {
        this.articles = articles;
        this.changes = changes;
        this.index = index;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Article create(HelplineUser editor, ArticleDraft draft) {
        requireEditor(editor);
        return create(editor.organisationId(), editor.login(), draft);
    }

    /**
     * Replaces the article if {@code version} is still its version.
     *
     * @throws StaleEditException when someone else changed it in between
     */
    @Transactional
    public Article update(HelplineUser editor, UUID id, long version, ArticleDraft draft) {
        requireEditor(editor);
        var current =
                articles.find(editor.organisationId(), id).orElseThrow(() -> new NotFoundException("Article", id));
        return update(current, version, editor.login(), draft);
    }

    /** An article for its editor, drafts included. */
    @Transactional(readOnly = true)
    public Article article(HelplineUser editor, UUID id) {
        requireEditor(editor);
        return articles.find(editor.organisationId(), id).orElseThrow(() -> new NotFoundException("Article", id));
    }

    /** The organisation's articles for editors, newest change first. */
    @Transactional(readOnly = true)
    public List<Article> articles(HelplineUser editor, int page, int size) {
        requireEditor(editor);
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException(
                    page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to 200");
        }
        return articles.page(editor.organisationId(), page * size, size);
    }

    @Transactional(readOnly = true)
    public long count(HelplineUser editor) {
        requireEditor(editor);
        return articles.count(editor.organisationId());
    }

    /** The body as the article page will show it. */
    public String preview(String markdown) {
        return Markdown.article(markdown == null ? "" : markdown);
    }

    /** An article written by an import: a new one, or the one of the same topic and language updated. */
    Article importDraft(String organisationId, String by, ArticleDraft draft) {
        var language = ArticleLanguage.parse(draft.language());
        if (draft.topic() != null && language.isPresent()) {
            var existing = articles.topic(organisationId, draft.topic()).stream()
                    .filter(article -> article.language() == language.get())
                    .findFirst();
            if (existing.isPresent()) {
                return update(existing.get(), existing.get().version(), by, draft);
            }
        }
        return create(organisationId, by, draft);
    }

    private Article create(String organisationId, String by, ArticleDraft draft) {
        var checked = ArticleRules.check(draft, services(organisationId));
        var now = clock.instant();
        var article = new Article(
                UUID.randomUUID(),
                organisationId,
                checked.topic(),
                checked.language(),
                checked.title(),
                checked.body(),
                checked.services(),
                checked.tags(),
                checked.audience(),
                checked.published(),
                now,
                now,
                by,
                0);
        articles.insert(article);
        changed(article, "kb.article.created");
        return article;
    }

    private Article update(Article current, long version, String by, ArticleDraft draft) {
        var checked = ArticleRules.check(draft, services(current.organisationId()));
        var updated = new Article(
                current.id(),
                current.organisationId(),
                checked.topic(),
                checked.language(),
                checked.title(),
                checked.body(),
                checked.services(),
                checked.tags(),
                checked.audience(),
                checked.published(),
                current.createdAt(),
                clock.instant(),
                by,
                version);
        if (!articles.update(updated)) {
            throw new StaleEditException("Article", current.id());
        }
        changed(updated, "kb.article.updated");
        return articles.find(current.id()).orElseThrow();
    }

    private void changed(Article article, String action) {
        changes.append(article.organisationId(), article.id(), clock.instant());
        audit.record(
                action,
                null,
                article.title(),
                AuditDetails.of("language", article.language().code()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    index.followSoon();
                }
            });
        }
    }

    private Set<String> services(String organisationId) {
        return catalog.services(organisationId, Locale.ENGLISH).stream()
                .map(CatalogService::id)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    static void requireEditor(HelplineUser editor) {
        if (!editor.has(Role.ORG_ADMIN)) {
            throw new ForbiddenException("Articles are written by the organisation's admins.");
        }
    }

    /** The catalog's services an article can be about, named in the editor's language. */
    public List<CatalogService> services(String organisationId, Locale locale) {
        return catalog.services(organisationId, locale);
    }
}
