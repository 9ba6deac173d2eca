package org.helpline.cannedreplies.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of a canned reply, written {@code {{name}}}: {@code requester} (the contact
 * person, else the requester), {@code number}, {@code due} (the nearest deadline, in the requester's
 * zone and the request's language) and {@code agent} (the agent applying it). A reply naming any
 * other is refused when it is saved, so filling never meets one.
 */
public final class Placeholders {

    public static final List<String> NAMES = List.of("requester", "number", "due", "agent");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}\\s]*)\\s*}}");

    private Placeholders() {}

    /** The placeholders in {@code body} that are not one of {@link #NAMES}, in order of appearance. */
    public static List<String> unknown(String body) {
        var unknown = new ArrayList<String>();
        if (body == null) {
            return unknown;
        }
        var matcher = PLACEHOLDER.matcher(body);
        while (matcher.find()) {
            if (!NAMES.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    /** {@code body} with each placeholder replaced by its value; values are inserted as written. */
    public static String fill(String body, Map<String, String> values) {
        return PLACEHOLDER
                .matcher(body)
                .replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), match.group())));
    }
}
