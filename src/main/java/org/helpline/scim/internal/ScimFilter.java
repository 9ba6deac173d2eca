package org.helpline.scim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The filters directories send to find a resource before they create it (RFC 7644, 3.4.2.2):
 * {@code attribute eq "value"}, joined by {@code and}. Anything else is an {@code invalidFilter},
 * so a directory never takes an unsupported filter's empty answer for "not there".
 */
public record ScimFilter(List<Condition> conditions) {

    /** One {@code attribute eq value}; the attribute in lower case, the value null for {@code null}. */
    public record Condition(String attribute, String value) {}

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:";

    /** No filter: everything matches. */
    public static ScimFilter none() {
        return new ScimFilter(List.of());
    }

    /**
     * Parses the filter; {@code attributes} maps the attributes it may name (lower case) to whether
     * their values compare case-sensitively.
     */
    public static ScimFilter parse(String text, Map<String, Boolean> attributes) {
        if (text == null || text.isBlank()) {
            return none();
        }
        var tokens = tokens(text);
        var conditions = new ArrayList<Condition>();
        for (int i = 0; i < tokens.size(); i += 4) {
            if (tokens.size() < i + 3) {
                throw ScimException.invalidFilter("Expected attribute eq value in: " + text);
            }
            var attribute = attribute(tokens.get(i), attributes.keySet());
            if (!tokens.get(i + 1).equalsIgnoreCase("eq")) {
                throw ScimException.invalidFilter("Only the eq operator is supported, not " + tokens.get(i + 1));
            }
            conditions.add(new Condition(attribute, value(tokens.get(i + 2))));
            if (tokens.size() > i + 3 && !tokens.get(i + 3).equalsIgnoreCase("and")) {
                throw ScimException.invalidFilter("Only and joins conditions, not " + tokens.get(i + 3));
            }
            if (tokens.size() == i + 4) {
                throw ScimException.invalidFilter("The filter ends with and: " + text);
            }
        }
        return new ScimFilter(List.copyOf(conditions));
    }

    /** Whether a resource whose attribute values {@code valueOf} answers fits every condition. */
    public boolean matches(Function<String, String> valueOf, Set<String> caseExact) {
        return conditions.stream().allMatch(condition -> {
            var actual = valueOf.apply(condition.attribute());
            if (actual == null || condition.value() == null) {
                return actual == null && condition.value() == null;
            }
            return caseExact.contains(condition.attribute())
                    ? actual.equals(condition.value())
                    : actual.equalsIgnoreCase(condition.value());
        });
    }

    private static String attribute(String token, Set<String> known) {
        var name = token.toLowerCase(Locale.ROOT);
        if (name.startsWith(CORE)) {
            name = name.substring(name.indexOf(':', CORE.length()) + 1);
        }
        if (!known.contains(name)) {
            throw ScimException.invalidFilter("Filtering by " + token + " is not supported; use one of " + known);
        }
        return name;
    }

    private static String value(String token) {
        if (token.startsWith("\"")) {
            return token.substring(1);
        }
        var word = token.toLowerCase(Locale.ROOT);
        if (word.equals("null")) {
            return null;
        }
        if (word.equals("true") || word.equals("false")) {
            return word;
        }
        throw ScimException.invalidFilter("A value must be a quoted string, true, false or null, not " + token);
    }

    /** Words and quoted strings; a quoted string keeps its opening quote to tell it from a word. */
    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                var value = new StringBuilder("\"");
                i++;
                while (i < text.length() && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        i++;
                    }
                    value.append(text.charAt(i++));
                }
                if (i >= text.length()) {
                    throw ScimException.invalidFilter("A quoted value is not closed: " + text);
                }
                i++;
                tokens.add(value.toString());
            } else if (c == '(' || c == ')' || c == '[' || c == ']') {
                throw ScimException.invalidFilter("Grouping and value filters are not supported: " + text);
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '"') {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens.stream().filter(Objects::nonNull).toList();
    }
}
