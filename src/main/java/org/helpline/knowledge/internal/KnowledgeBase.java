package org.helpline.knowledge.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.helpline.catalog.Catalog;
import org.helpline.catalog.CatalogService;
import org.helpline.identity.AdminContact;
import org.helpline.platform.Markdown;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.helpline.shared.Role;
import org.helpline.support.SupportDesk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-help for readers: typeahead suggestions, ranked search with facets, article pages, and
 * the signals readers leave (searches, picked suggestions, "Did this help?"). Every method shows
 * only what the reader may see: published articles of their organisation for their audience;
 * drafts only to the organisation's admins.
 */
@Service
public class KnowledgeBase {

    public static final int MAX_QUERY = 200;
    public static final int MIN_SUGGEST = 2;
    static final int MAX_SIZE = 50;
    private static final int RELATED = 5;

    private final SearchEngine engine;
    private final KnowledgeIndex index;
    private final Articles articles;
    private final AnalyticsEvents analytics;
    private final SearchLog searchLog;
    private final Catalog catalog;
    private final SupportDesk desk;
    private final KnowledgeProperties properties;
    private final java.time.Clock clock;

    KnowledgeBase(
            SearchEngine engine,
            KnowledgeIndex index,
            Articles articles,
            AnalyticsEvents analytics,
            SearchLog searchLog,
            Catalog catalog,
            SupportDesk desk,
            KnowledgeProperties properties,
            java.time.Clock clock) {
        this.engine = engine;
        this.index = index;
        this.articles = articles;
        this.analytics = analytics;
        this.searchLog = searchLog;
        this.catalog = catalog;
        this.desk = desk;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Up to {@code helpline.knowledge.suggestions} titles that start a word with what was typed
     * (one typo tolerated), in {@code language} first (the reader's when null). Fewer than
     * {@value #MIN_SUGGEST} characters give none.
     */
    public List<Suggestion> suggest(HelplineUser reader, String text, String language) {
        var words = checkedText(text, "q", true);
        var preferred = preferred(reader, language, "lang");
        if (words.length() < MIN_SUGGEST) {
            return List.of();
        }
        return engine.suggest(Visibility.of(reader), words, preferred, properties.suggestions());
    }

    /** A page of ranked results with facet counts; the first page of each search is counted for analytics. */
    public SearchResults search(HelplineUser reader, SearchRequest request) {
        var words = checkedText(request.query(), "q", false);
        var results = find(reader, words, request);
        if (request.page() == 0) {
            var preferred = preferred(reader, request.preferredLanguage(), "lang");
            searchLog.searched(new SearchLog.Search(
                    reader.organisationId(), clock.instant(), words, preferred.code(), results.total()));
        }
        return results;
    }

    /**
     * A page of every article the reader may read, in their language first, with the same facet
     * counts as a search: the self-help library before anything is typed. {@code request.query()} is
     * ignored, and nothing is counted for analytics.
     */
    public SearchResults browse(HelplineUser reader, SearchRequest request) {
        return find(reader, "", request);
    }

    private SearchResults find(HelplineUser reader, String words, SearchRequest request) {
        var preferred = preferred(reader, request.preferredLanguage(), "lang");
        var only = request.language() == null || request.language().isBlank()
                ? null
                : ArticleLanguage.parse(request.language())
                        .orElseThrow(() -> new InvalidInputException("language", "must be pl, en or zh"));
        var service = checkedService(reader, request.service());
        checkPage(request.page(), request.size());
        var found =
                engine.search(Visibility.of(reader), words, preferred, only, service, request.page(), request.size());
        var locale = preferred.locale();
        var names = serviceNames(reader.organisationId(), locale);
        var serviceFacets = found.services().entrySet().stream()
                .map(entry -> new FacetCount(
                        entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .toList();
        var languageFacets = found.languages().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(entry -> new FacetCount(
                        entry.getKey().code(), entry.getKey().locale().getDisplayLanguage(locale), entry.getValue()))
                .toList();
        return new SearchResults(
                words,
                found.total(),
                request.page(),
                request.size(),
                found.hits().stream().map(hit -> hit.named(names)).toList(),
                serviceFacets,
                languageFacets,
                found.approximate());
    }

    /** The article with its rendered body, translations and related articles, if the reader may see it. */
    @Transactional(readOnly = true)
    public ArticlePage article(HelplineUser reader, UUID id) {
        var article = articles.find(id)
                .filter(found -> mayRead(reader, found))
                .orElseThrow(() -> new NotFoundException("Article", id));
        var visibility = Visibility.of(reader);
        var translations = article.topic() == null
                ? List.<ArticlePage.Link>of()
                : articles.topic(article.organisationId(), article.topic()).stream()
                        .filter(other -> !other.id().equals(id) && visibility.admits(other))
                        .map(other -> new ArticlePage.Link(
                                other.id(), other.title(), other.language().code()))
                        .toList();
        var related = engine
                .search(visibility, article.title(), article.language(), article.language(), null, 0, RELATED + 1)
                .hits()
                .stream()
                .filter(hit -> !hit.articleId().equals(id))
                .limit(RELATED)
                .map(hit -> new ArticlePage.Link(hit.articleId(), hit.title(), hit.language()))
                .toList();
        return new ArticlePage(article, Markdown.article(article.body()), translations, related);
    }

    /** Counts a suggestion the reader picked while typing {@code query}. */
    @Transactional
    public void suggestionPicked(HelplineUser reader, UUID articleId, String query) {
        var words = checkedText(query, "q", true);
        articles.find(articleId)
                .filter(article -> mayRead(reader, article))
                .orElseThrow(() -> new NotFoundException("Article", articleId));
        analytics.suggestionPicked(reader.organisationId(), clock.instant(), words, articleId);
    }

    /** Records the reader's "Did this help?" answer; a second answer replaces the first. */
    @Transactional
    public void answer(HelplineUser reader, UUID articleId, boolean helpful) {
        articles.find(articleId)
                .filter(article -> mayRead(reader, article))
                .orElseThrow(() -> new NotFoundException("Article", articleId));
        analytics.answered(reader.organisationId(), articleId, reader.id(), helpful, clock.instant());
    }

    public IndexStatus indexStatus() {
        return new IndexStatus(index.documents(), index.appliedChange(), index.lastBuildMillis());
    }

    static boolean mayRead(HelplineUser reader, Article article) {
        if (!article.organisationId().equals(reader.organisationId())) {
            return false;
        }
        if (!article.published()) {
            return reader.has(Role.ORG_ADMIN);
        }
        return Visibility.of(reader).admits(article);
    }

    private Map<String, String> serviceNames(String organisationId, Locale locale) {
        return catalog.services(organisationId, locale).stream()
                .collect(Collectors.toMap(CatalogService::id, CatalogService::name, (a, b) -> a));
    }

    private String checkedService(HelplineUser reader, String service) {
        if (service == null || service.isBlank()) {
            return null;
        }
        return catalog.service(reader.organisationId(), service, Locale.ENGLISH)
                .map(CatalogService::id)
                .orElseThrow(() -> new InvalidInputException("service", "is not a service of your organisation"));
    }

    private static String checkedText(String text, String field, boolean allowShort) {
        var words = text == null ? "" : text.strip();
        if (words.isEmpty() && !allowShort) {
            throw new InvalidInputException(field, "must not be blank");
        }
        if (words.length() > MAX_QUERY) {
            throw new InvalidInputException(field, "must have at most " + MAX_QUERY + " characters");
        }
        return words;
    }

    private static ArticleLanguage preferred(HelplineUser reader, String language, String field) {
        if (language == null || language.isBlank()) {
            return ArticleLanguage.of(reader.chosenLocale().orElse(reader.organisationLocale()));
        }
        return ArticleLanguage.parse(language)
                .orElseThrow(() -> new InvalidInputException(field, "must be pl, en or zh"));
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || page > 1000) {
            throw new InvalidInputException("page", "must be between 0 and 1000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The admins a reader can ask when the articles do not help; none for a tenant admin. */
    public List<AdminContact> adminsToAsk(HelplineUser reader) {
        return reader.isTenantAdmin() ? List.of() : desk.adminsOf(reader);
    }
}
