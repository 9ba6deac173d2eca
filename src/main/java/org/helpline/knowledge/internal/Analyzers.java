package org.helpline.knowledge.internal;

import org.apache.lucene.analysis.Analyzer;
import org.helpline.platform.TextAnalyzers;

/**
 * The analyzers of each article language, from {@link TextAnalyzers}. Suggestions only lower-case
 * and fold (Chinese is segmented), so a title is found by the start of any of its words as typed.
 */
final class Analyzers {

    private Analyzers() {}

    public static Analyzer search(ArticleLanguage language) {
        return switch (language) {
            case PL -> TextAnalyzers.polish();
            case EN -> TextAnalyzers.english();
            case ZH -> TextAnalyzers.chinese();
        };
    }

    public static Analyzer suggest(ArticleLanguage language) {
        return language == ArticleLanguage.ZH ? TextAnalyzers.chinese() : TextAnalyzers.folding();
    }
}
