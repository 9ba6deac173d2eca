package org.helpline.platform;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text a person reads in an HTML e-mail (the plain-text part Helpline sends beside the HTML, and
 * what the local mailbox shows of an HTML-only e-mail): paragraphs as paragraphs, a link as its
 * text followed by its address in angle brackets, a quotation with {@code > } before each line, and
 * line breaks kept where the HTML keeps them ({@code pre} or {@code white-space: pre-wrap}).
 */
public final class PlainText {

    private static final Set<String> SKIPPED = Set.of("head", "title", "style", "script", "template");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "tr", "pre", "hr", "dl", "dt", "dd");

    private PlainText() {}

    public static String of(String html) {
        var out = new Lines();
        appendChildren(Jsoup.parse(html).body(), out, false);
        return out.toString();
    }

    private static void appendChildren(Element parent, Lines out, boolean preserve) {
        for (Node child : parent.childNodes()) {
            if (child instanceof TextNode text) {
                out.text(preserve ? text.getWholeText() : text.text());
            } else if (child instanceof Element element) {
                append(element, out, preserve || keepsWhitespace(element));
            }
        }
    }

    private static void append(Element element, Lines out, boolean preserve) {
        var tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> out.newLine();
            case "a" -> appendLink(element, out, preserve);
            case "blockquote" -> appendQuote(element, out, preserve);
            case "li" -> {
                out.endLine();
                out.text("- ");
                appendChildren(element, out, preserve);
                out.endLine();
            }
            case "td", "th" -> {
                appendChildren(element, out, preserve);
                out.text(" ");
            }
            default -> {
                var block = BLOCKS.contains(tag);
                if (block) {
                    out.endParagraph();
                }
                appendChildren(element, out, preserve);
                if (block) {
                    out.endParagraph();
                }
            }
        }
    }

    private static void appendLink(Element link, Lines out, boolean preserve) {
        var href = link.attr("href").strip();
        var text = link.text().strip();
        appendChildren(link, out, preserve);
        if (!href.isEmpty() && !href.equals(text) && !href.startsWith("#")) {
            out.text((text.isEmpty() ? "" : " ") + "<" + href + ">");
        }
    }

    private static void appendQuote(Element quote, Lines out, boolean preserve) {
        var inner = new Lines();
        appendChildren(quote, inner, preserve);
        out.endParagraph();
        inner.toString().lines().forEach(line -> {
            out.text(line.isEmpty() ? ">" : "> " + line);
            out.newLine();
        });
        out.endParagraph();
    }

    private static boolean keepsWhitespace(Element element) {
        return "pre".equals(element.normalName())
                || element.attr("style").replace(" ", "").contains("white-space:pre");
    }

    /** Text built line by line: spaces at the start of a line dropped, at most one empty line in a row. */
    private static final class Lines {

        private final StringBuilder text = new StringBuilder();

        void text(String value) {
            var start = atLineStart() ? value.stripLeading() : value;
            text.append(start);
        }

        void newLine() {
            stripTrailingSpaces();
            text.append('\n');
        }

        void endLine() {
            if (!text.isEmpty() && !atLineStart()) {
                newLine();
            }
        }

        void endParagraph() {
            endLine();
            if (text.length() >= 1 && !(text.length() >= 2 && text.charAt(text.length() - 2) == '\n')) {
                text.append('\n');
            }
        }

        private boolean atLineStart() {
            return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
        }

        private void stripTrailingSpaces() {
            while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }

        @Override
        public String toString() {
            return text.toString().replaceAll("\n{3,}", "\n\n").strip();
        }
    }
}
