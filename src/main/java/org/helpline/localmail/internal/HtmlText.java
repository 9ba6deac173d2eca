package org.helpline.localmail.internal;

import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** The text a person reads in an HTML e-mail: no styles or scripts, a line per block, links kept as their text and address. */
final class HtmlText {

    private static final Pattern INVISIBLE =
            Pattern.compile("(?is)<(style|script|head|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern LINK =
            Pattern.compile("(?is)<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\\s*>");
    private static final Pattern LINE_BREAK = Pattern.compile(
            "(?i)<br\\s*/?>|</(p|div|tr|li|h[1-6]|table|blockquote|pre)\\s*>|<(p|div|tr|li|h[1-6])\\b[^>]*>");
    private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
    private static final Pattern SOURCE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

    private HtmlText() {}

    static String of(String html) {
        // line breaks in the source are spaces in HTML; only the markup breaks lines
        var text = SOURCE_BREAKS.matcher(INVISIBLE.matcher(html).replaceAll("")).replaceAll(" ");
        text = LINK.matcher(text).replaceAll(match -> linkText(match.group(2), match.group(1)));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = CELL.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        text = HtmlUtils.htmlUnescape(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** A link's words followed by its address, unless the words are the address. */
    private static String linkText(String words, String href) {
        var plain = TAG.matcher(words).replaceAll("").strip();
        var address = href.strip();
        var shown = plain.isEmpty() || plain.equals(address) ? address : plain + " (" + address + ")";
        return java.util.regex.Matcher.quoteReplacement(shown);
    }
}
