package org.helpline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page's visible text must not contain because a person would read it as unfinished:
 * {@code null}, {@code ??key??}, enum constants, ISO instants and message keys or codes such as
 * {@code sign-in.succeeded} or {@code requests.status.new}.
 */
final class RawText {

    static final Pattern ENUM_CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    static final Pattern NULL_WORD = Pattern.compile("\\bnull\\b");
    static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?");

    /**
     * Dotted words that start lower-case, standing alone: not the tail of an e-mail address, a URL
     * or a path, and not followed by more of one.
     */
    static final Pattern DOTTED_WORDS = Pattern.compile(
            "(?<![\\w@./:-])[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*(?:\\.[a-z][a-zA-Z0-9]*(?:-[a-zA-Z0-9]+)*)+(?![\\w@/-]|\\.\\w)");

    /** Last parts that make dotted words a domain or a file name rather than a message key. */
    private static final Set<String> DOMAINS_AND_FILES = Set.of(
            "example",
            "com",
            "org",
            "net",
            "pl",
            "cn",
            "io",
            "dev",
            "eu",
            "local",
            "localhost",
            "test",
            "invalid",
            "csv",
            "pdf",
            "png",
            "jpg",
            "jpeg",
            "gif",
            "svg",
            "txt",
            "json",
            "xml",
            "html",
            "md",
            "zip",
            "docx",
            "xlsx",
            "log",
            "eml",
            "ics");

    private RawText() {}

    /** One description per kind of raw text found, with the text around it. */
    static List<String> findIn(String text) {
        var found = new ArrayList<String>();
        for (var pattern : List.of(NULL_WORD, MISSING_MESSAGE, ENUM_CONSTANT, ISO_INSTANT)) {
            var match = pattern.matcher(text);
            if (match.find()) {
                found.add(shown(text, match.group(), match.start()));
            }
        }
        var words = DOTTED_WORDS.matcher(text);
        while (words.find()) {
            if (isMessageKey(words.group())) {
                found.add(shown(text, words.group(), words.start()));
                break;
            }
        }
        return found;
    }

    /** Two dots or a hyphenated word beside a dot, and not a domain or file name. */
    static boolean isMessageKey(String dottedWords) {
        var parts = dottedWords.split("\\.");
        if (DOMAINS_AND_FILES.contains(parts[parts.length - 1].toLowerCase())) {
            return false;
        }
        return parts.length >= 3 || dottedWords.contains("-");
    }

    private static String shown(String text, String raw, int at) {
        var around = text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40))
                .replace('\n', ' ');
        return "shows raw '" + raw + "' in \"" + around + "\"";
    }
}
