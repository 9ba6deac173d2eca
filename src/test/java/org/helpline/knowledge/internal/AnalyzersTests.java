package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What each language's analysis makes of words: the terms that queries and articles meet on. */
class AnalyzersTests {

    @Test
    void polishInflectedFormsMeetTheirLemma() throws IOException {
        var pl = Analyzers.search(ArticleLanguage.PL);
        assertThat(terms(pl, "skrzynki pocztowej")).contains("skrzynka", "pocztowy");
        assertThat(terms(pl, "skrzynka pocztowa")).contains("skrzynka", "pocztowy");
        assertThat(terms(pl, "hasła")).contains("haslo");
        assertThat(terms(pl, "hasło")).contains("haslo");
    }

    @Test
    void polishWordsWithoutDiacriticsMeetTheWordsWithThem() throws IOException {
        var pl = Analyzers.search(ArticleLanguage.PL);
        assertThat(terms(pl, "haslo")).contains("haslo");
        assertThat(terms(pl, "hasla")).isSubsetOf(terms(pl, "hasła"));
        assertThat(terms(pl, "zrodlo")).containsAnyElementsOf(terms(pl, "źródło"));
    }

    @Test
    void englishIsStemmed() throws IOException {
        var en = Analyzers.search(ArticleLanguage.EN);
        assertThat(terms(en, "resetting passwords")).containsExactly("reset", "password");
        assertThat(terms(en, "mailboxes")).containsExactlyElementsOf(terms(en, "mailbox"));
    }

    @Test
    void chineseIsSegmentedIntoWords() throws IOException {
        var zh = Analyzers.search(ArticleLanguage.ZH);
        assertThat(terms(zh, "如何重置用户密码")).contains("如何", "用户", "密码");
        assertThat(terms(zh, "共享邮箱的用户")).contains("共享", "邮箱", "用户");
    }

    @Test
    void suggestionsFoldButDoNotStem() throws IOException {
        assertThat(terms(Analyzers.suggest(ArticleLanguage.PL), "Jak zmienić Hasło"))
                .containsExactly("jak", "zmienic", "haslo");
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("body", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
