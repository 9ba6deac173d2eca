package org.helpline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The text query on a small Polish index: partial matches, derived forms, synonyms and typos. */
class QueriesTests {

    private static final String MAILBOX = "Jak odzyskać usuniętą skrzynkę pocztową";
    private static final String PASSWORD = "Jak zresetować hasło użytkownika";
    private static final String FORWARDING = "Przekazywanie poczty na inny adres";

    private final Thesaurus shipped =
            Thesaurus.of(Analyzers.search(ArticleLanguage.PL), Synonyms.shipped(ArticleLanguage.PL));

    @Test
    void aWordNoArticleContainsDoesNotHideTheArticleMatchingTheRest() throws IOException {
        assertThat(titles("zewnętrznych skrzynek pocztowych odzyskać", Thesaurus.EMPTY))
                .contains(MAILBOX);
        assertThat(titles("hasło użytkownika kwiatek", Thesaurus.EMPTY)).containsExactly(PASSWORD);
    }

    @Test
    void theMoreWordsOfTheQueryMatchTheHigherTheArticleRanks() throws IOException {
        assertThat(titles("odzyskać skrzynkę poczty", Thesaurus.EMPTY)).first().isEqualTo(MAILBOX);
        assertThat(titles("przekazywanie poczty", Thesaurus.EMPTY)).first().isEqualTo(FORWARDING);
    }

    @Test
    void derivedFormsMeetThroughTheShippedSynonyms() throws IOException {
        assertThat(titles("usunięcie skrzynki", shipped)).first().isEqualTo(MAILBOX);
        assertThat(titles("reset hasła", shipped)).first().isEqualTo(PASSWORD);
        assertThat(titles("odzyskiwanie skrzynki", shipped)).first().isEqualTo(MAILBOX);
    }

    @Test
    void supportSynonymsAndEnglishWordsInPolishQueriesFindTheArticle() throws IOException {
        assertThat(titles("password uzytkownika", shipped)).first().isEqualTo(PASSWORD);
        assertThat(titles("haslo reset", shipped)).first().isEqualTo(PASSWORD);
        assertThat(titles("forward e-mail", shipped)).first().isEqualTo(FORWARDING);
    }

    @Test
    void anOrganisationsOwnSynonymGroupJoinsItsWords() throws IOException {
        assertThat(titles("mejlbox", shipped)).isEmpty();
        var groups = new ArrayList<>(Synonyms.shipped(ArticleLanguage.PL));
        groups.add(List.of("mejlbox", "skrzynka pocztowa"));
        var extended = Thesaurus.of(Analyzers.search(ArticleLanguage.PL), groups);
        assertThat(titles("mejlbox", extended)).containsExactly(MAILBOX);
    }

    @Test
    void aTypoIsToleratedWhenTheIndexLacksTheWord() throws IOException {
        assertThat(titles("zresetowac hasol", Thesaurus.EMPTY)).first().isEqualTo(PASSWORD);
    }

    private static List<String> titles(String text, Thesaurus thesaurus) throws IOException {
        try (var directory = new ByteBuffersDirectory();
                var analyzer = Analyzers.search(ArticleLanguage.PL)) {
            try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                writer.addDocument(ArticleDocuments.of(
                        article(MAILBOX, "Skrzynkę usuniętą w ciągu 30 dni można przywrócić."),
                        "Skrzynkę usuniętą w ciągu 30 dni można przywrócić."));
                writer.addDocument(
                        ArticleDocuments.of(article(PASSWORD, "Wybierz Resetuj hasło."), "Wybierz Resetuj hasło."));
                writer.addDocument(ArticleDocuments.of(
                        article(FORWARDING, "Ustaw przekazywanie wiadomości."), "Ustaw przekazywanie wiadomości."));
            }
            try (var reader = DirectoryReader.open(directory)) {
                var searcher = new IndexSearcher(reader);
                var query = Queries.text(new Queries.Context(analyzer, reader, thesaurus), text, false);
                var titles = new ArrayList<String>();
                for (var hit : searcher.search(query, 10).scoreDocs) {
                    titles.add(searcher.storedFields().document(hit.doc).get(ArticleDocuments.TITLE));
                }
                return titles;
            }
        }
    }

    private static Article article(String title, String body) {
        var now = Instant.parse("2026-01-05T10:00:00Z");
        return new Article(
                UUID.randomUUID(),
                "global",
                null,
                ArticleLanguage.PL,
                title,
                body,
                List.of("mail"),
                List.of(),
                Audience.EVERYONE,
                true,
                now,
                now,
                "admin@example.com",
                0);
    }
}
