package org.helpline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void formattingStaysAndScriptsGo() {
        var html = Markdown.message("**bold** <b onclick=x>raw</b> [link](https://helpline.example) "
                + "[bad](javascript:alert(1))\n\n<script>alert(1)</script>");

        assertThat(html)
                .contains("<strong>bold</strong>", "href=\"https://helpline.example\"", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "<b onclick");
    }
}
