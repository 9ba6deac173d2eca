package org.helpline.localmail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTests {

    @Test
    void keepsTheWordsALinePerBlockAndTheLinksAddresses() {
        var html = """
                <html><head><title>T</title><style>p { color: red }</style></head>
                <body><p>Hello&nbsp;Ann &amp; team,</p><p>Open <a href="http://localhost:8080/requests/1">your request</a>.<br>
                Thanks</p><script>alert(1)</script><!-- hidden --></body></html>""";

        assertThat(HtmlText.of(html))
                .isEqualTo("Hello Ann & team,\n\nOpen your request (http://localhost:8080/requests/1).\nThanks");
    }

    @Test
    void aLinkWhoseWordsAreItsAddressIsWrittenOnce() {
        assertThat(HtmlText.of("<a href=\"https://example.com/x\">https://example.com/x</a>"))
                .isEqualTo("https://example.com/x");
    }
}
