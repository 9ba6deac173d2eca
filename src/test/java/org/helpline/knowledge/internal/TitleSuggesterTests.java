package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class TitleSuggesterTests {

    private static final BooleanQuery CONTEXTS = TitleSuggester.contexts("global", Set.of("EVERYONE"));

    @Test
    void aWordStartIsSuggestedExactlyAndATypoOnlyInTheTypoPass() throws IOException {
        try (var suggester = suggester(ArticleLanguage.PL, "Jak zmienić hasło do skrzynki")) {
            assertThat(highlights(suggester.exact("skrz", CONTEXTS, 8)))
                    .containsExactly("Jak zmienić hasło do <mark>skrz</mark>ynki");
            assertThat(suggester.exact("skzr", CONTEXTS, 8)).isEmpty();
            assertThat(highlights(suggester.withTypo("skzry", CONTEXTS, 8))).hasSize(1);
        }
    }

    @Test
    void chineseTitlesAreHighlightedWhereTheMatchedWordsStand() throws IOException {
        try (var suggester = suggester(ArticleLanguage.ZH, "如何重置邮箱密码")) {
            assertThat(highlights(suggester.exact("邮箱", CONTEXTS, 8)))
                    .singleElement()
                    .asString()
                    .contains("<mark>邮箱</mark>")
                    .startsWith("如何重置");
        }
    }

    @Test
    void highlightsAreEscaped() throws IOException {
        try (var suggester = suggester(ArticleLanguage.ZH, "邮箱 <b>密码</b>")) {
            assertThat(highlights(suggester.exact("邮箱", CONTEXTS, 8)))
                    .singleElement()
                    .asString()
                    .doesNotContain("<b>")
                    .contains("&lt;b&gt;");
        }
    }

    private static TitleSuggester suggester(ArticleLanguage language, String title) throws IOException {
        var suggester = new TitleSuggester(
                new ByteBuffersDirectory(), Analyzers.suggest(language), language == ArticleLanguage.ZH);
        suggester.build(new SuggestionEntries(List.of()));
        suggester.put(title, TitleSuggester.contextsOf("global", "EVERYONE", "a1"), "a1");
        suggester.refresh();
        return suggester;
    }

    private static List<String> highlights(List<LookupResult> results) {
        return results.stream()
                .map(result -> String.valueOf(result.highlightKey))
                .toList();
    }
}
