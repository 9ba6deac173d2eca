package org.helpline.knowledge.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown of article bodies: rendered to HTML with raw HTML escaped, then sanitized (no stored
 * XSS even if the renderer lets something through), and to plain text for the index.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();
    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.IMAGES)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr").toFactory());

    private Markdown() {}

    public static String html(String markdown) {
        return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
    }

    public static String text(String markdown) {
        return TEXT.render(PARSER.parse(markdown));
    }
}
