package org.helpline.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns what people write (Markdown) into HTML that is safe to show: raw HTML in the input is
 * escaped by the renderer, and the result is sanitized again with an allow-list, so no script, style
 * or event handler reaches a page even if the renderer lets something through (no stored XSS).
 * Messages of a request keep their line breaks; articles may also show images.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();
    private static final PolicyFactory TEXT_BLOCKS = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());
    private static final PolicyFactory MESSAGE =
            TEXT_BLOCKS.and(new HtmlPolicyBuilder().allowElements("br").toFactory());
    private static final PolicyFactory ARTICLE = TEXT_BLOCKS.and(Sanitizers.IMAGES);

    private Markdown() {}

    /** The safe HTML of a message in a request's thread. */
    public static String message(String markdown) {
        return MESSAGE.sanitize(render(markdown));
    }

    /** The safe HTML of a self-help article, images included. */
    public static String article(String markdown) {
        return ARTICLE.sanitize(render(markdown));
    }

    /** The plain text of the Markdown, as a search index reads it. */
    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    private static String render(String markdown) {
        return HTML.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
