package org.helpline.knowledge.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpline.shared.InvalidInputException;

/**
 * Reads a Markdown file with front matter between {@code ---} lines: {@code title},
 * {@code language}, {@code services} and {@code tags} (comma-separated, brackets allowed),
 * {@code audience} (everyone or admins), {@code published} (true or false, default true) and
 * {@code topic}. Anything wrong is an {@link InvalidInputException} naming the key.
 */
final class FrontMatter {

    private static final String FENCE = "---";

    private FrontMatter() {}

    public static ArticleDraft parse(String content) {
        var text = content.replace("\r\n", "\n").replace("\r", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith(FENCE + "\n")) {
            throw new InvalidInputException("frontMatter", "the file must start with a line '---'");
        }
        int end = text.indexOf("\n" + FENCE, FENCE.length());
        if (end < 0) {
            throw new InvalidInputException("frontMatter", "the front matter is not closed by a line '---'");
        }
        var values = keys(text.substring(FENCE.length() + 1, end));
        int bodyStart = text.indexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text.substring(bodyStart + 1).strip();
        return new ArticleDraft(
                values.get("title"),
                body,
                values.get("language"),
                list(values.get("services")),
                list(values.get("tags")),
                audience(values.get("audience")),
                published(values.get("published")),
                values.get("topic"));
    }

    private static Map<String, String> keys(String block) {
        var values = new LinkedHashMap<String, String>();
        for (var line : block.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException("frontMatter", "line '" + line.strip() + "' is not 'key: value'");
            }
            values.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    unquote(line.substring(colon + 1).strip()));
        }
        return values;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        var inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        return Arrays.stream(inner.split(","))
                .map(String::strip)
                .map(FrontMatter::unquote)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static Audience audience(String value) {
        if (value == null || value.isBlank()) {
            return Audience.EVERYONE;
        }
        try {
            return Audience.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("audience", "must be everyone or admins, not '" + value + "'");
        }
    }

    private static boolean published(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidInputException("published", "must be true or false, not '" + value + "'");
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
