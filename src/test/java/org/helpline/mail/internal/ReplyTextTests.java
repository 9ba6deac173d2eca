package org.helpline.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTextTests {

    @Test
    void quotedHistoryIsCutOff() {
        assertThat(ReplyText.of("Thanks, it works.\r\n\r\nOn Mon, 1 Jun 2026 at 10:00, Helpline wrote:\r\n> old", null))
                .isEqualTo("Thanks, it works.");
        assertThat(ReplyText.of("Dziękuję.\n\npon., 1 cze 2026 Helpline napisał(a):\n> stare", null))
                .isEqualTo("Dziękuję.");
        assertThat(ReplyText.of("> quoted first\nmy answer\n> quoted again\nmore", null))
                .isEqualTo("my answer\nmore");
        assertThat(ReplyText.of("Top\n-----Original Message-----\nFrom: x", null))
                .isEqualTo("Top");
    }

    @Test
    void htmlBecomesPlainTextWithoutScripts() {
        var html = "<html><head><style>p{}</style></head><body><p>Hello &amp; <b>thanks</b></p>"
                + "<script>alert(1)</script><div>&lt;b&gt; line&nbsp;2</div><br>On Mon, X wrote:<br>"
                + "<blockquote>&gt; old</blockquote></body></html>";
        assertThat(ReplyText.of(null, html)).isEqualTo("Hello & thanks\n<b> line 2");
        assertThat(ReplyText.of("", "<p>only html</p>")).isEqualTo("only html");
    }

    @Test
    void theTokenIsFoundInThePlusAddressFirstThenInTheSubject() {
        var addresses = new ReplyAddresses("Support@Example.com");
        assertThat(addresses.replyTo("abcdefghijklmnop")).isEqualTo("support+abcdefghijklmnop@example.com");
        assertThat(addresses.token(
                        List.of("x@y.z", "SUPPORT+ABCDEFGHIJKLMNOP@example.com"), "[HL-2026-000001 #qqqqqqqqqqqqqqqq]"))
                .contains("abcdefghijklmnop");
        assertThat(addresses.token(List.of("support@example.com"), "Re: [HL-2026-000001 #QQQQQQQQQQQQQQQQ] Filed"))
                .contains("qqqqqqqqqqqqqqqq");
        assertThat(addresses.token(List.of("support@example.com"), "Re: Filed")).isEmpty();
        assertThat(ReplyAddresses.number("Re: [hl-2026-000123 #abc] x")).contains("HL-2026-000123");
        assertThat(ReplyAddresses.number("AW: [CN-2026-1000123]")).contains("CN-2026-1000123");
        assertThat(ReplyAddresses.number("Re: no number 2026-000123")).isEmpty();
        assertThat(ReplyAddresses.subjectPrefix("HL-2026-000123", null)).isEqualTo("[HL-2026-000123]");
        assertThat(new ReplyAddresses("")
                        .token(List.of("support+abcdefghijklmnop@x.y"), "Re: [HL-2026-000001 #qqqqqqqqqqqqqqqq]"))
                .contains("qqqqqqqqqqqqqqqq");
    }
}
