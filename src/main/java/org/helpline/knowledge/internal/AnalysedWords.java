package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Text cut into words as the index analysed the articles: one entry per word of the text, holding
 * the word as written (first) and its other forms (Polish lemmas, folded spellings).
 */
final class AnalysedWords {

    private static final int MAX_WORDS = 32;

    private AnalysedWords() {}

    static List<Set<String>> of(Analyzer analyzer, String text) {
        var words = new ArrayList<Set<String>>();
        try (var stream = analyzer.tokenStream(ArticleDocuments.TEXT, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0 || words.isEmpty()) {
                    if (words.size() == MAX_WORDS) {
                        break;
                    }
                    words.add(new LinkedHashSet<>());
                }
                words.get(words.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
