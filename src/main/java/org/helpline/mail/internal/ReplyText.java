package org.helpline.mail.internal;

import java.util.ArrayList;
import java.util.regex.Pattern;

/**
 * The new text of a reply: HTML turned into plain text (tags dropped, block ends as line breaks,
 * entities decoded; the result is stored as Markdown and sanitized again when shown), then the
 * quoted history cut off: from the first "On ... wrote:" line (or a Polish "... napisał(a):"), or
 * an "-----Original Message-----" line, and every line starting with '>'.
 */
final class ReplyText {

    private static final Pattern DROPPED =
            Pattern.compile("(?is)<(script|style|head|title)[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Pattern HISTORY = Pattern.compile(
            "(?i)^\\s*(on\\b.*\\bwrote:|.*\\bnapisał(a|\\(a\\))?:|-{2,}\\s*original message\\s*-{2,})\\s*$");

    private ReplyText() {}

    static String of(String plain, String html) {
        var text = plain != null && !plain.isBlank() ? plain : html == null ? "" : htmlToText(html);
        return withoutHistory(text);
    }

    static String htmlToText(String html) {
        var text = DROPPED.matcher(html).replaceAll("");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return decode(text).replace('\u00a0', ' ');
    }

    static String withoutHistory(String text) {
        var kept = new ArrayList<String>();
        for (var line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (HISTORY.matcher(line).matches()) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).strip().replaceAll("\n{3,}", "\n\n");
    }

    private static String decode(String text) {
        var matcher = ENTITY.matcher(text);
        var out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(entity(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String entity(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> "&" + name + ";";
        };
    }
}
