package org.helpline.platform;

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
 * The text analysis of the modules that search (self-help, requests). Polish keeps each word and
 * adds its Morfologik lemmas, then folds diacritics, so "skrzynki pocztowej" meets "skrzynka
 * pocztowa" and "haslo" meets "hasło". English stems (Porter); Chinese is segmented into words by
 * SmartCN. Folding only lower-cases and folds, so a word is found by its start as typed.
 */
public final class TextAnalyzers {

    private TextAnalyzers() {}

    public static Analyzer polish() {
        return new PolishAnalyzer();
    }

    public static Analyzer english() {
        return new EnglishAnalyzer();
    }

    public static Analyzer chinese() {
        return new SmartChineseAnalyzer();
    }

    public static Analyzer folding() {
        return new FoldingAnalyzer();
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
