package org.helpline.localmail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain text cut into pieces, each either words or a web address, so that a page can show the
 * addresses as links while the text itself stays escaped.
 */
public final class Linkified {

    /** Words, or a link when {@code link} is true. */
    public record Piece(String text, boolean link) {}

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'()\\[\\]]+[^\\s<>\"'()\\[\\].,;:!?]");

    private Linkified() {}

    public static List<Piece> of(String text) {
        var pieces = new ArrayList<Piece>();
        var matcher = URL.matcher(text);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Piece(text.substring(from, matcher.start()), false));
            }
            pieces.add(new Piece(matcher.group(), true));
            from = matcher.end();
        }
        if (from < text.length()) {
            pieces.add(new Piece(text.substring(from), false));
        }
        return pieces;
    }
}
