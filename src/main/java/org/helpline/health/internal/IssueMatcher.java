package org.helpline.health.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an active issue matches what an admin is writing: the same service, or a word of four
 * or more letters that also occurs in the issue's title or impact in any language (case and
 * diacritics ignored).
 */
public final class IssueMatcher {

    private static final int MIN_WORD = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * The words of each issue's texts by issue id: an issue's title, impact and translations never
     * change once it is declared (only its status does), and intake matches every request against
     * every active issue.
     */
    private static final Map<UUID, Set<String>> ISSUE_WORDS = new ConcurrentHashMap<>();

    private static final int MAX_KEPT = 10_000;

    private IssueMatcher() {}

    public static boolean matches(IssueRecord issue, String serviceId, String text) {
        return matches(issue, serviceId, words(text));
    }

    /** Like the method above, with the text already split by {@link #words}. */
    public static boolean matches(IssueRecord issue, String serviceId, Set<String> wanted) {
        if (serviceId != null && issue.services().contains(serviceId)) {
            return true;
        }
        if (wanted.isEmpty()) {
            return false;
        }
        var present = wordsOf(issue);
        return wanted.stream().anyMatch(present::contains);
    }

    private static Set<String> wordsOf(IssueRecord issue) {
        var kept = ISSUE_WORDS.get(issue.id());
        if (kept != null) {
            return kept;
        }
        var issueText = new StringBuilder(issue.title()).append(' ').append(issue.impactDescription());
        issue.translations()
                .values()
                .forEach(
                        t -> issueText.append(' ').append(t.title()).append(' ').append(t.impactDescription()));
        var words = words(issueText.toString());
        if (ISSUE_WORDS.size() >= MAX_KEPT) {
            ISSUE_WORDS.clear();
        }
        ISSUE_WORDS.put(issue.id(), words);
        return words;
    }

    public static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        var folded = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("")
                .replace('ł', 'l');
        return NOT_WORD.splitAsStream(folded)
                .filter(word -> word.length() >= MIN_WORD)
                .collect(Collectors.toSet());
    }
}
