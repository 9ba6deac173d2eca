package org.helpline.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.health.Classification;
import org.helpline.health.IssueStatus;
import org.helpline.health.NewIssue;
import org.junit.jupiter.api.Test;

class IssueMatcherTests {

    @Test
    void aWordOfFourLettersOrMoreInTheTitleImpactOrATranslationMatches() {
        var issue =
                issue("Mail delays", "Outbound messages queue up", Map.of("pl", text("Opóźnienia poczty", "Kolejka")));

        assertThat(IssueMatcher.matches(issue, null, "our MAIL is slow")).isTrue();
        assertThat(IssueMatcher.matches(issue, null, "the queue grows")).isTrue();
        assertThat(IssueMatcher.matches(issue, null, "opoznienia od rana")).isTrue();
        assertThat(IssueMatcher.matches(issue, null, "the printer is out of paper"))
                .isFalse();
        assertThat(IssueMatcher.matches(issue, null, "up")).isFalse();
    }

    @Test
    void theSameServiceMatchesWhateverTheText() {
        var issue = issue("Sign-in fails", "Users cannot sign in", Map.of());

        assertThat(IssueMatcher.matches(issue, "identity", "unrelated words")).isTrue();
        assertThat(IssueMatcher.matches(issue, "meetings", "unrelated words")).isFalse();
    }

    @Test
    void aSecondMatchOfTheSameIssueAnswersAsTheFirst() {
        var issue = issue("Backup failures", "Nightly backups do not finish", Map.of());

        for (int i = 0; i < 3; i++) {
            assertThat(IssueMatcher.matches(issue, null, "backups stopped")).isTrue();
            assertThat(IssueMatcher.matches(issue, null, "invoices are wrong")).isFalse();
        }
    }

    private static NewIssue.Text text(String title, String impact) {
        return new NewIssue.Text(title, impact);
    }

    private static IssueRecord issue(String title, String impact, Map<String, NewIssue.Text> translations) {
        return new IssueRecord(
                "global",
                UUID.randomUUID(),
                Classification.INCIDENT,
                IssueStatus.INVESTIGATING,
                "en",
                title,
                impact,
                translations,
                List.of("identity"),
                List.of(),
                Instant.parse("2026-11-26T08:00:00Z"),
                Instant.parse("2026-11-26T08:00:00Z"),
                null,
                "orgadmin@helpline.example",
                0);
    }
}
