package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.helpline.knowledge.ArticleLanguage;
import org.helpline.knowledge.SearchHit;

/** Turns the hits of a page into results with a snippet of the body, matching words in {@code <mark>}. */
final class Highlights {

    private static final int SNIPPET_PASSAGES = 2;
    private static final int SNIPPET_SOURCE = 20_000;

    private Highlights() {}

    /** A hit of one language index, with what is needed to show it. */
    record Candidate(
            ArticleLanguage language,
            IndexSearcher searcher,
            Analyzer analyzer,
            ScoreDoc doc,
            double score,
            Query query) {}

    static List<SearchHit> of(List<Candidate> page) {
        var hits = new ArrayList<SearchHit>();
        for (var candidate : page) {
            try {
                hits.add(hit(candidate));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    private static SearchHit hit(Candidate candidate) throws IOException {
        var highlighter = UnifiedHighlighter.builder(candidate.searcher(), candidate.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(1)
                .withHandleMultiTermQuery(true)
                .withFieldMatcher(field -> true)
                .withMaxLength(SNIPPET_SOURCE)
                .build();
        var docs = new TopDocs(new TotalHits(1, TotalHits.Relation.EQUAL_TO), new ScoreDoc[] {candidate.doc()});
        var snippet = highlighter.highlight(ArticleDocuments.TEXT, candidate.query(), docs, SNIPPET_PASSAGES)[0];
        var document = candidate.searcher().storedFields().document(candidate.doc().doc);
        return new SearchHit(
                UUID.fromString(document.get(ArticleDocuments.ID)),
                document.get(ArticleDocuments.TITLE),
                snippet == null ? "" : snippet,
                candidate.language().code(),
                ArticleDocuments.services(document));
    }
}
