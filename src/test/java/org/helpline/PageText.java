package org.helpline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a person reads on a page: the HTML without scripts, styles, tags and attributes. Page
 * tests use it to check that codes stay off screen: no constant such as {@code IN_PROGRESS}, no
 * ISO-8601 instant such as {@code 2026-12-07T17:00:00Z}.
 */
public final class PageText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern MISSING = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private PageText() {}

    public static String of(String html) {
        var text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * The constants ({@code UPPER_SNAKE}), ISO instants and missing messages ({@code ??key??}) in
     * the visible text of {@code html}.
     */
    public static List<String> codesIn(String html) {
        var text = of(html);
        var codes = new ArrayList<String>();
        MISSING.matcher(text).results().forEach(match -> codes.add(match.group()));
        CONSTANT.matcher(text).results().forEach(match -> codes.add(match.group()));
        INSTANT.matcher(text).results().forEach(match -> codes.add(match.group()));
        return codes;
    }
}
