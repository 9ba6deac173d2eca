package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * The text part of a search. Each word of the query is one clause: any of its forms, or (weighed
 * less) a synonym of it, or, when the index has no such word or in the fuzzy pass, a word one edit
 * away. An article needs only half of the words (rounded up), so one word no article contains
 * does not hide the articles that match the rest; the more words match, the higher it ranks.
 * Words in the title (weight 3) and the tags (2) rank it higher still.
 */
final class Queries {

    static final float SYNONYM_WEIGHT = 0.6f;
    static final float TYPO_WEIGHT = 0.5f;
    private static final int MIN_TYPO_LENGTH = 4;

    private Queries() {}

    /** What a query is built from: the index's analyzer, its reader and the reader's synonyms. */
    record Context(Analyzer analyzer, IndexReader reader, Thesaurus thesaurus) {}

    /** The query, or null when the text has no searchable word in this language. */
    static Query text(Context context, String text, boolean fuzzy) {
        var words = AnalysedWords.of(context.analyzer(), text);
        if (words.isEmpty()) {
            return null;
        }
        var matching = new BooleanQuery.Builder();
        for (var word : words) {
            matching.add(word(context, word, fuzzy), Occur.SHOULD);
        }
        matching.setMinimumNumberShouldMatch((words.size() + 1) / 2);
        var query = new BooleanQuery.Builder().add(matching.build(), Occur.MUST);
        var builder = new QueryBuilder(context.analyzer());
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

    /** Whether some word of {@code text} is found only by its near spellings: no article has it. */
    static boolean toleratesATypo(Context context, String text) {
        for (var forms : AnalysedWords.of(context.analyzer(), text)) {
            var written = forms.iterator().next();
            if (written.length() >= MIN_TYPO_LENGTH && unknown(context.reader(), forms)) {
                return true;
            }
        }
        return false;
    }

    /** The best of the word's own forms, its synonyms and its near spellings. */
    private static Query word(Context context, Set<String> forms, boolean fuzzy) {
        var choices = new ArrayList<Query>();
        choices.add(Thesaurus.anyForm(forms));
        context.thesaurus()
                .alternatives(forms)
                .forEach(synonym -> choices.add(new BoostQuery(synonym, SYNONYM_WEIGHT)));
        var written = forms.iterator().next();
        if (written.length() >= MIN_TYPO_LENGTH && (fuzzy || unknown(context.reader(), forms))) {
            choices.add(new BoostQuery(new FuzzyQuery(new Term(ArticleDocuments.TEXT, written), 1, 1), TYPO_WEIGHT));
        }
        return choices.size() == 1 ? choices.get(0) : new DisjunctionMaxQuery(choices, 0.1f);
    }

    private static boolean unknown(IndexReader reader, Set<String> forms) {
        try {
            for (var form : forms) {
                if (reader.docFreq(new Term(ArticleDocuments.TEXT, form)) > 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
