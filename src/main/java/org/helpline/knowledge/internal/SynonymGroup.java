package org.helpline.knowledge.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Words an organisation's admins declared to mean the same in searches of one language. */
public record SynonymGroup(
        UUID id,
        String organisationId,
        ArticleLanguage language,
        List<String> words,
        Instant createdAt,
        String createdBy) {

    /** The words of a line like {@code poczta, e-mail, mail}: trimmed, blanks dropped. */
    static List<String> words(String line) {
        return Arrays.stream(line.split(","))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
    }

    public String line() {
        return String.join(", ", words);
    }
}
