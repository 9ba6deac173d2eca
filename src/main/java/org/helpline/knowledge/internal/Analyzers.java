package org.helpline.knowledge.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of each language. Polish keeps each word and adds its Morfologik lemmas, then
 * folds diacritics, so "skrzynki pocztowej" meets "skrzynka pocztowa" and "haslo" meets "hasło".
 * English stems (Porter); Chinese is segmented into words by SmartCN. Suggestions only lower-case
 * and fold, so a title is found by the start of any of its words as typed.
 */
final class Analyzers {

    private Analyzers() {}

    public static Analyzer search(ArticleLanguage language) {
        return switch (language) {
            case PL -> new PolishAnalyzer();
            case EN -> new EnglishAnalyzer();
            case ZH -> new SmartChineseAnalyzer();
        };
    }

    public static Analyzer suggest(ArticleLanguage language) {
        return language == ArticleLanguage.ZH ? new SmartChineseAnalyzer() : new FoldingAnalyzer();
    }

    private static final class PolishAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new KeywordRepeatFilter(stream);
            stream = new MorfologikFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new RemoveDuplicatesTokenFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class FoldingAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
