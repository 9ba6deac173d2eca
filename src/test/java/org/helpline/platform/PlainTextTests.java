package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

    @Test
    void paragraphsBecomeParagraphsAndLinksShowTheirAddress() {
        var html = """
                <html><head><title>Helpline</title><style>p { color: red }</style></head>
                <body><p>Your request   was
                filed.</p><p><a href="http://localhost:8123/requests/1">Open the request</a></p>
                <p><a href="https://example.com">https://example.com</a></p></body></html>""";

        assertThat(PlainText.of(html)).isEqualTo("""
                Your request was filed.

                Open the request <http://localhost:8123/requests/1>

                https://example.com""");
    }

    @Test
    void aQuotationKeepsItsLineBreaksBehindQuoteMarks() {
        var html = """
                <p>The agent wrote:</p>
                <blockquote style="white-space: pre-wrap">First line
                second line

                after an empty line</blockquote><p>Reply to this e-mail.</p>""";

        assertThat(PlainText.of(html)).isEqualTo("""
                The agent wrote:

                > First line
                > second line
                >
                > after an empty line

                Reply to this e-mail.""");
    }

    @Test
    void commentsScriptsAndNonBreakingSpacesAreNotText() {
        var html = "<p>Hello&nbsp;Ann &amp; team,</p><script>alert(1)</script><!-- hidden --><p>Thanks</p>";

        assertThat(PlainText.of(html)).isEqualTo("Hello Ann & team,\n\nThanks");
    }

    @Test
    void listsAndLineBreaks() {
        assertThat(PlainText.of("<ul><li>one</li><li>two</li></ul>a<br>b")).isEqualTo("- one\n- two\n\na\nb");
    }

    @Test
    void textIsUnescapedAndNeverCarriesMarkup() {
        assertThat(PlainText.of("<p>&lt;script&gt; &amp; 你好</p>")).isEqualTo("<script> & 你好");
    }
}
