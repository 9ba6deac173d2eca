package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTests {

    @Test
    void formattingStaysAndScriptsGo() {
        var html = SafeHtml.fromMarkdown("**bold** <b onclick=x>raw</b> [link](https://helpline.example) "
                + "[bad](javascript:alert(1))\n\n<script>alert(1)</script>");

        assertThat(html)
                .contains("<strong>bold</strong>", "href=\"https://helpline.example\"", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "<b onclick");
    }
}
