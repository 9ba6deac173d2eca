package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The text part of a search: every word (analysed as the index analysed the articles) must occur
 * somewhere in the article; words in the title (weight 3) and the tags (2) rank it higher. The
 * fuzzy variant, used when nothing matched, lets each word differ by one edit.
 */
final class Queries {

    private static final int MAX_TERMS = 32;

    private Queries() {}

    /** The query, or null when the text has no searchable word in this language. */
    static Query text(Analyzer analyzer, String text, boolean fuzzy) {
        var builder = new QueryBuilder(analyzer);
        var all = fuzzy ? fuzzy(analyzer, text) : builder.createBooleanQuery(ArticleDocuments.TEXT, text, Occur.MUST);
        if (all == null) {
            return null;
        }
        var query = new BooleanQuery.Builder().add(all, Occur.MUST);
        var title = builder.createBooleanQuery(ArticleDocuments.TITLE, text);
        if (title != null) {
            query.add(new BoostQuery(title, 3f), Occur.SHOULD);
        }
        var tags = builder.createBooleanQuery(ArticleDocuments.TAGS, text);
        if (tags != null) {
            query.add(new BoostQuery(tags, 2f), Occur.SHOULD);
        }
        return query.build();
    }

    private static Query fuzzy(Analyzer analyzer, String text) {
        var terms = terms(analyzer, text);
        if (terms.isEmpty()) {
            return null;
        }
        var builder = new BooleanQuery.Builder();
        for (var term : terms) {
            builder.add(
                    new FuzzyQuery(new Term(ArticleDocuments.TEXT, term), term.length() < 4 ? 0 : 1, 1), Occur.MUST);
        }
        return builder.build();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(ArticleDocuments.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var position =
                    stream.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken() && terms.size() < MAX_TERMS) {
                if (position.getPositionIncrement() > 0 && !terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
