package org.helpline.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The synonyms searches join: the groups shipped per language in {@code knowledge/synonyms/} and
 * those the organisation's admins added. Each organisation's thesaurus is built once and kept for
 * {@link #FRESH_FOR}; a change on this node drops it at once, other nodes see it when it expires.
 */
@Component
class Synonyms {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final SynonymGroups groups;
    private final Clock clock;
    private final Map<ArticleLanguage, List<List<String>>> shipped = new EnumMap<>(ArticleLanguage.class);
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    Synonyms(SynonymGroups groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
        for (var language : ArticleLanguage.values()) {
            shipped.put(language, shipped(language));
        }
    }

    private record Built(Instant at, Map<ArticleLanguage, Thesaurus> thesauri) {}

    Thesaurus thesaurus(String organisationId, ArticleLanguage language) {
        var now = clock.instant();
        var current = built.get(organisationId);
        if (current == null || current.at().plus(FRESH_FOR).isBefore(now)) {
            current = new Built(now, build(organisationId));
            built.put(organisationId, current);
        }
        return current.thesauri().get(language);
    }

    /** Forgets the organisation's thesaurus, after its admins changed a group. */
    void changed(String organisationId) {
        built.remove(organisationId);
    }

    private Map<ArticleLanguage, Thesaurus> build(String organisationId) {
        var added = groups.of(organisationId);
        var thesauri = new EnumMap<ArticleLanguage, Thesaurus>(ArticleLanguage.class);
        for (var language : ArticleLanguage.values()) {
            var all = new ArrayList<>(shipped.get(language));
            added.stream().filter(group -> group.language() == language).forEach(group -> all.add(group.words()));
            try (var analyzer = Analyzers.search(language)) {
                thesauri.put(language, Thesaurus.of(analyzer, all));
            }
        }
        return thesauri;
    }

    /** The groups of the shipped file: one a line, words comma-separated, {@code #} starts a comment. */
    static List<List<String>> shipped(ArticleLanguage language) {
        try {
            var text = new ClassPathResource("knowledge/synonyms/" + language.code() + ".txt")
                    .getContentAsString(StandardCharsets.UTF_8);
            return text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(SynonymGroup::words)
                    .filter(words -> words.size() > 1)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
