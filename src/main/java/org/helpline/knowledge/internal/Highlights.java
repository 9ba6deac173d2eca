package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Turns the hits of a page into results with a snippet of the body, matching words in {@code <mark>}. */
final class Highlights {

    private static final int SNIPPET_PASSAGES = 2;
    private static final int SNIPPET_SOURCE = 20_000;
    private static final SnippetScorer SCORER = new SnippetScorer();
    private static final Set<String> FIELDS =
            Set.of(ArticleDocuments.ID, ArticleDocuments.TITLE, ArticleDocuments.SERVICES, ArticleDocuments.TEXT);

    private Highlights() {}

    /** A hit of one language index, with what is needed to show it. */
    record Candidate(
            ArticleLanguage language,
            IndexSearcher searcher,
            Analyzer analyzer,
            ScoreDoc doc,
            double score,
            Query query) {}

    /**
     * The hits in page order. Each hit's stored fields are read once, for both its snippet and its
     * title; the snippets of each language's hits are cut in one pass of the highlighter.
     */
    static List<SearchHit> of(List<Candidate> page) {
        var snippets = new HashMap<Candidate, String>();
        var stored = new HashMap<Candidate, Document>();
        var byIndex = new LinkedHashMap<List<Object>, List<Candidate>>();
        page.forEach(candidate -> byIndex.computeIfAbsent(
                        List.of(candidate.searcher(), candidate.query()), key -> new ArrayList<>())
                .add(candidate));
        try {
            for (var group : byIndex.values()) {
                var documents = new HashMap<Integer, Document>();
                for (var candidate : group) {
                    var document = candidate.searcher().storedFields().document(candidate.doc().doc, FIELDS);
                    documents.put(candidate.doc().doc, document);
                    stored.put(candidate, document);
                }
                var cut = snippets(group, documents);
                for (int i = 0; i < group.size(); i++) {
                    snippets.put(group.get(i), cut[i]);
                }
            }
            var hits = new ArrayList<SearchHit>();
            for (var candidate : page) {
                hits.add(hit(candidate, stored.get(candidate), snippets.get(candidate)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Without weight matches: the words are marked by the query's terms instead of by asking the
     * query where it matched, which was a quarter of a search. Our queries are sets of analysed words
     * (with their fuzzy variants), so both mark the same words.
     */
    private static String[] snippets(List<Candidate> sameIndexAndQuery, Map<Integer, Document> documents)
            throws IOException {
        var first = sameIndexAndQuery.get(0);
        var builder = UnifiedHighlighter.builder(first.searcher(), first.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(SCORER)
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false)
                .withFieldMatcher(field -> true)
                .withMaxLength(SNIPPET_SOURCE);
        var highlighter = new ReadHighlighter(builder, documents);
        var docs = sameIndexAndQuery.stream().map(Candidate::doc).toArray(ScoreDoc[]::new);
        var topDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        return highlighter.highlight(ArticleDocuments.TEXT, first.query(), topDocs, SNIPPET_PASSAGES);
    }

    private static SearchHit hit(Candidate candidate, Document document, String snippet) {
        return new SearchHit(
                UUID.fromString(document.get(ArticleDocuments.ID)),
                document.get(ArticleDocuments.TITLE),
                snippet == null ? "" : snippet,
                candidate.language().code(),
                ArticleDocuments.services(document));
    }

    /** A highlighter that takes the text of each hit from the documents already read. */
    private static final class ReadHighlighter extends UnifiedHighlighter {

        private final Map<Integer, Document> documents;

        ReadHighlighter(Builder builder, Map<Integer, Document> documents) {
            super(builder);
            this.documents = documents;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            var values = new ArrayList<CharSequence[]>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                var document = documents.get(doc);
                var row = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    var value = ArticleDocuments.TEXT.equals(fields[i])
                            ? ArticleDocuments.body(document)
                            : document.get(fields[i]);
                    row[i] = value == null || value.length() <= getMaxLength()
                            ? value
                            : value.substring(0, getMaxLength());
                }
                values.add(row);
            }
            return values;
        }
    }
}
