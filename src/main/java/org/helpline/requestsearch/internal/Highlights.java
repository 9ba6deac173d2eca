package org.helpline.requestsearch.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.helpline.requests.FoundRequests;

/**
 * The title and a snippet of each hit as safe HTML: the highlighter escapes the text, then marks
 * the words the query matched with {@code <mark>}. Tenant admins' snippets never come from internal
 * notes, which their queries do not name.
 */
final class Highlights {

    private static final int SNIPPET_PASSAGES = 2;
    private static final int SOURCE_LIMIT = 20_000;

    private Highlights() {}

    static List<FoundRequests.Match> of(
            IndexSearcher searcher, Analyzer analyzer, Query query, List<ScoreDoc> page, boolean agent)
            throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        var docs = page.toArray(ScoreDoc[]::new);
        var topDocs = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
        var titleFields =
                RequestDocuments.LANGUAGES.stream().map(RequestDocuments::title).toArray(String[]::new);
        var textFields = RequestDocuments.LANGUAGES.stream()
                .flatMap(language -> agent
                        ? Stream.of(RequestDocuments.text(language), RequestDocuments.notes(language))
                        : Stream.of(RequestDocuments.text(language)))
                .toArray(String[]::new);
        var titles = highlighter(searcher, analyzer, true)
                .highlightFields(titleFields, query, topDocs, passages(titleFields.length, 1));
        var texts = highlighter(searcher, analyzer, false)
                .highlightFields(textFields, query, topDocs, passages(textFields.length, SNIPPET_PASSAGES));
        var stored = searcher.storedFields();
        var matches = new ArrayList<FoundRequests.Match>();
        for (int i = 0; i < docs.length; i++) {
            var id = stored.document(docs[i].doc, Set.of(RequestDocuments.ID)).get(RequestDocuments.ID);
            matches.add(new FoundRequests.Match(
                    UUID.fromString(id), first(titles, titleFields, i), snippet(texts, textFields, i)));
        }
        return matches;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer, boolean whole) {
        var builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(whole ? 1 : 0)
                .withHandleMultiTermQuery(true)
                .withWeightMatches(false)
                .withMaxLength(SOURCE_LIMIT);
        if (whole) {
            builder.withBreakIterator(WholeBreakIterator::new);
        }
        return builder.build();
    }

    private static int[] passages(int fields, int each) {
        var passages = new int[fields];
        java.util.Arrays.fill(passages, each);
        return passages;
    }

    private static String first(java.util.Map<String, String[]> highlighted, String[] fields, int doc) {
        for (var field : fields) {
            var value = highlighted.get(field)[doc];
            if (value != null) {
                return value;
            }
        }
        return "";
    }

    /** The marked passages of the text and, for agents, of the notes; the text's first if none matched. */
    private static String snippet(java.util.Map<String, String[]> highlighted, String[] fields, int doc) {
        var parts = new ArrayList<String>();
        for (var field : fields) {
            var value = highlighted.get(field)[doc];
            if (value != null && value.contains("<mark>")) {
                parts.add(value);
            }
        }
        return String.join(" … ", parts);
    }
}
