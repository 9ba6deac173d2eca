package org.helpline.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link IssueMatcher#words} splits text exactly as the regular expressions it replaced. */
class IssueMatcherProperties {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The former implementation, as the reference. */
    private static Set<String> wordsByRegularExpressions(String text) {
        var folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("")
                .replace('ł', 'l');
        return NOT_WORD.splitAsStream(folded).filter(word -> word.length() >= 4).collect(Collectors.toSet());
    }

    @Property(tries = 5000)
    void wordsAsTheRegularExpressionsFoundThem(@ForAll("text") String text) {
        assertThat(IssueMatcher.words(text)).isEqualTo(wordsByRegularExpressions(text));
    }

    @Test
    void theCasesThatMatter() {
        assertThat(IssueMatcher.words("Opóźnienia POCZTY, łącza: 2026-11-26; ½ Ⅻ e\u0301clair 😀mail"))
                .isEqualTo(wordsByRegularExpressions("Opóźnienia POCZTY, łącza: 2026-11-26; ½ Ⅻ e\u0301clair 😀mail"))
                .contains("opoznienia", "poczty", "lacza", "2026", "eclair", "mail");
        assertThat(IssueMatcher.words("")).isEmpty();
        assertThat(IssueMatcher.words(null)).isEmpty();
    }

    /** Mostly words in Polish and English with punctuation, mixed with marks, numbers, emoji and surrogates. */
    @Provide
    Arbitrary<String> text() {
        var polish = Arbitraries.of("Opóźnienie", "poczty", "ŁĄCZE", "żółć", "serwer", "mail", "queue", "błąd", "ab");
        var other = Arbitraries.strings()
                .withChars(" ,.;:-_/!?\t\n")
                .withChars('\u0301', '\u0308', '\u20DD', '\u0903', '½', 'Ⅻ', '²', '٣', 'ß', 'İ', 'ǅ', 'ﬁ')
                .withCharRange('0', '9')
                .withCharRange('a', 'z')
                .withChars('\uD83D', '\uDE00', '\uDC00')
                .ofMaxLength(12);
        return Arbitraries.oneOf(polish, other, Arbitraries.strings().ofMaxLength(8))
                .list()
                .ofMaxSize(12)
                .map(parts -> String.join(" ", parts));
    }
}
