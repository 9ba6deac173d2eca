package org.helpline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a page as a reader sees it (no tags, attributes, scripts or styles), and what must
 * never be in it: enum constants such as {@code IN_PROGRESS}, ISO-8601 instants, unresolved
 * message keys and {@code null}.
 */
public final class VisibleText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|head)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern RAW = Pattern.compile(
            "\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\?\\?[\\w.]+\\?\\?|\\bnull\\b");

    private VisibleText() {}

    public static String of(String html) {
        var text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The enum constants, ISO instants, unresolved keys and nulls a reader would see on the page. */
    public static List<String> rawValuesIn(String html) {
        var found = new ArrayList<String>();
        var matcher = RAW.matcher(of(html));
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
