package org.helpline.health.internal;

import com.github.benmanes.caffeine.cache.Cache;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.helpline.platform.Caches;

/**
 * Whether an active issue matches what an admin is writing: the same service, or a word of four
 * or more letters that also occurs in the issue's title or impact in any language (case and
 * diacritics ignored).
 */
public final class IssueMatcher {

    private static final int MIN_WORD = 4;

    /**
     * The words of each issue's texts by issue id: an issue's title, impact and translations never
     * change once it is declared (only its status does), and intake matches every request against
     * every active issue.
     */
    private static final Cache<UUID, Set<String>> ISSUE_WORDS = Caches.local(10_000);

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
        return ISSUE_WORDS.get(issue.id(), id -> words(textOf(issue)));
    }

    private static String textOf(IssueRecord issue) {
        var issueText = new StringBuilder(issue.title()).append(' ').append(issue.impactDescription());
        issue.translations()
                .values()
                .forEach(
                        t -> issueText.append(' ').append(t.title()).append(' ').append(t.impactDescription()));
        return issueText.toString();
    }

    /**
     * The words of four or more letters and digits, lower case, without diacritics (the marks that
     * decomposition splits off are dropped, and ł is l). A loop rather than regular expressions:
     * every intake splits its title and description.
     */
    public static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        var lower = text.toLowerCase(Locale.ROOT);
        var folded = isAscii(lower) ? lower : Normalizer.normalize(lower, Normalizer.Form.NFD);
        var words = new HashSet<String>();
        var word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) {
                continue;
            }
            if (isLetterOrNumber(c)) {
                word.appendCodePoint(c == 'ł' ? 'l' : c);
            } else {
                take(word, words);
            }
        }
        take(word, words);
        return words;
    }

    private static void take(StringBuilder word, Set<String> words) {
        if (word.length() >= MIN_WORD) {
            words.add(word.toString());
        }
        word.setLength(0);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isLetterOrNumber(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
