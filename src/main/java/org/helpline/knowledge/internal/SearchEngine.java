package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.springframework.stereotype.Component;

/**
 * Searches and suggests across the language indexes of this node. Results of the reader's
 * language rank first: their scores are raised by {@value #OWN_LANGUAGE_BOOST}; suggestions of
 * that language come before any other.
 */
@Component
class SearchEngine {

    static final float OWN_LANGUAGE_BOOST = 1.5f;

    private final KnowledgeIndex indexes;
    private final Synonyms synonyms;

    SearchEngine(KnowledgeIndex indexes, Synonyms synonyms) {
        this.indexes = indexes;
        this.synonyms = synonyms;
    }

    /** Raw results before labels: hits of the page, counts per service and per language. */
    public record Found(
            long total,
            List<SearchHit> hits,
            Map<String, Long> services,
            Map<ArticleLanguage, Long> languages,
            boolean approximate) {}

    /**
     * Exact prefixes in every language first, the reader's language leading; only when they give
     * fewer than {@code count} does a second pass allow one typo, since that pass costs the most.
     */
    public List<Suggestion> suggest(Visibility visibility, String text, ArticleLanguage preferred, int count) {
        var contexts = TitleSuggester.contexts(visibility.organisationId(), visibility.audiences());
        var found = new LinkedHashMap<UUID, Suggestion>();
        var languages = ordered(preferred);
        try {
            for (var language : languages) {
                if (found.size() >= count) {
                    return List.copyOf(found.values());
                }
                var suggester = indexes.index(language).suggester();
                addAll(found, suggester.exact(text, contexts, count - found.size()), language, count);
            }
            for (var language : languages) {
                if (found.size() >= count) {
                    break;
                }
                var suggester = indexes.index(language).suggester();
                addAll(found, suggester.withTypo(text, contexts, count), language, count);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found.values());
    }

    private static void addAll(
            Map<UUID, Suggestion> found, List<LookupResult> results, ArticleLanguage language, int count) {
        for (var result : results) {
            if (found.size() >= count) {
                return;
            }
            var id = UUID.fromString(result.payload.utf8ToString());
            found.putIfAbsent(
                    id,
                    new Suggestion(id, result.key.toString(), String.valueOf(result.highlightKey), language.code()));
        }
    }

    /**
     * The articles the visibility admits that match {@code text}, ranked, with counts per service
     * and language. Blank text browses: every such article, the preferred language's first.
     */
    public Found search(
            Visibility visibility,
            String text,
            ArticleLanguage preferred,
            ArticleLanguage only,
            String service,
            int page,
            int size) {
        var searchers = new EnumMap<ArticleLanguage, IndexSearcher>(ArticleLanguage.class);
        try {
            for (var language : ArticleLanguage.values()) {
                searchers.put(language, indexes.index(language).acquire());
            }
            var request = new Request(visibility, text, preferred, only, service, page, size);
            var found = search(searchers, request, false);
            return found.total() > 0 || text.isBlank() ? found : search(searchers, request, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            searchers.forEach((language, searcher) -> release(language, searcher));
        }
    }

    private record Request(
            Visibility visibility,
            String text,
            ArticleLanguage preferred,
            ArticleLanguage only,
            String service,
            int page,
            int size) {}

    private Found search(Map<ArticleLanguage, IndexSearcher> searchers, Request request, boolean fuzzy)
            throws IOException {
        int wanted = (request.page() + 1) * request.size();
        var perLanguage = new EnumMap<ArticleLanguage, Long>(ArticleLanguage.class);
        var services = new TreeMap<String, Long>();
        var candidates = new ArrayList<Highlights.Candidate>();
        boolean typoEverywhere = true;
        for (var language : ArticleLanguage.values()) {
            var index = indexes.index(language);
            var searcher = searchers.get(language);
            var thesaurus = synonyms.thesaurus(request.visibility().organisationId(), language);
            var context = new Queries.Context(index.analyzer(), searcher.getIndexReader(), thesaurus);
            boolean browsing = request.text().isBlank();
            var query = browsing ? new MatchAllDocsQuery() : Queries.text(context, request.text(), fuzzy);
            if (query == null) {
                continue;
            }
            typoEverywhere &= !browsing && Queries.toleratesATypo(context, request.text());
            var result = PerIndex.search(searcher, filtered(query, request.visibility(), request.service()), wanted);
            perLanguage.put(language, result.total());
            result.services().forEach((id, n) -> services.merge(id, n, Long::sum));
            if (request.only() == null || request.only() == language) {
                float boost = language == request.preferred() ? OWN_LANGUAGE_BOOST : 1f;
                result.top()
                        .forEach(doc -> candidates.add(new Highlights.Candidate(
                                language, searcher, index.analyzer(), doc, doc.score * boost, query)));
            }
        }
        candidates.sort(Comparator.comparingDouble(Highlights.Candidate::score)
                .reversed()
                .thenComparing(candidate -> candidate.language().ordinal())
                .thenComparingInt(candidate -> candidate.doc().doc));
        int from = Math.min(request.page() * request.size(), candidates.size());
        var hits = Highlights.of(candidates.subList(from, Math.min(from + request.size(), candidates.size())));
        long total = request.only() == null
                ? perLanguage.values().stream().mapToLong(Long::longValue).sum()
                : perLanguage.getOrDefault(request.only(), 0L);
        return new Found(total, hits, services, perLanguage, fuzzy || (typoEverywhere && !perLanguage.isEmpty()));
    }

    private void release(ArticleLanguage language, IndexSearcher searcher) {
        try {
            indexes.index(language).release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query filtered(Query text, Visibility visibility, String service) {
        var audiences = new BooleanQuery.Builder();
        visibility
                .audiences()
                .forEach(audience ->
                        audiences.add(new TermQuery(new Term(ArticleDocuments.AUDIENCE, audience)), Occur.SHOULD));
        var query = new BooleanQuery.Builder()
                .add(text, Occur.MUST)
                .add(new TermQuery(new Term(ArticleDocuments.ORGANISATION, visibility.organisationId())), Occur.FILTER)
                .add(new TermQuery(new Term(ArticleDocuments.PUBLISHED, "true")), Occur.FILTER)
                .add(audiences.build(), Occur.FILTER);
        if (service != null) {
            query.add(new TermQuery(new Term(ArticleDocuments.SERVICE, service)), Occur.FILTER);
        }
        return query.build();
    }

    private static List<ArticleLanguage> ordered(ArticleLanguage preferred) {
        var languages = new ArrayList<ArticleLanguage>(List.of(preferred));
        for (var language : ArticleLanguage.values()) {
            if (language != preferred) {
                languages.add(language);
            }
        }
        return languages;
    }
}
