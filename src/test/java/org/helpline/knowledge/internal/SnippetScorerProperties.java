package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/** Snippets are chosen as before: our scorer gives every passage Lucene's own score. */
class SnippetScorerProperties {

    @Property
    void scoresEveryPassageAsLucenesScorerDoes(
            @ForAll("matches") List<String> terms,
            @ForAll @IntRange(min = 0, max = 5_000) int start,
            @ForAll @IntRange(min = 1, max = 400) int length,
            @ForAll @IntRange(min = 1, max = 20_000) int contentLength) {
        var passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(start + length);
        for (int i = 0; i < terms.size(); i++) {
            var term = terms.get(i);
            int at = start + i % length;
            passage.addMatch(at, at + 1, new BytesRef(term), 1 + term.length() * 3);
        }

        assertThat(new SnippetScorer().score(passage, contentLength))
                .isEqualTo(new PassageScorer().score(passage, contentLength));
    }

    @Provide
    Arbitrary<List<String>> matches() {
        return Arbitraries.of("hasło", "hasła", "reset", "konto", "mailbox", "邮箱")
                .list()
                .ofMaxSize(12);
    }
}
