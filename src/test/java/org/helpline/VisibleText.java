package org.helpline;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The text of a page as a reader sees it (no tags, attributes, scripts, styles or templates), and what must
 * never be in it: enum constants such as {@code IN_PROGRESS}, ISO-8601 instants, unresolved
 * message keys and {@code null}.
 */
public final class VisibleText {

    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|template|head)\\b.*?</\\1>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern RAW = Pattern.compile(
            "\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\?\\?[^?\\s]+\\?\\?|\\bnull\\b");

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

    /**
     * Each page in Polish, English and Chinese as {@code user} sees it (null: anonymous), by page and
     * language, with the raw values on it and, for an answer other than 200, its status; empty when
     * every page is clean.
     */
    public static Map<String, List<String>> rawValuesOn(MockMvc mvc, RequestPostProcessor user, String... paths)
            throws Exception {
        var found = new LinkedHashMap<String, List<String>>();
        for (var path : paths) {
            for (var language : List.of("pl", "en", "zh-CN")) {
                var request = get(path).cookie(new Cookie("helpline-lang", language));
                var response = mvc.perform(user == null ? request : request.with(user))
                        .andReturn()
                        .getResponse();
                var raw = new ArrayList<>(rawValuesIn(response.getContentAsString()));
                if (response.getStatus() != 200) {
                    raw.add("status " + response.getStatus());
                }
                if (!raw.isEmpty()) {
                    found.put(path + " [" + language + "]", raw);
                }
            }
        }
        return found;
    }
}
