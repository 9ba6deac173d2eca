package org.helpline.cannedreplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which language variant of a canned reply a request gets. */
class CannedReplyTests {

    @Test
    void theRequestsLanguageIsChosenElseTheFirstWrittenOfEnglishPolishChinese() {
        var all = reply("Hello", "Dzień dobry", "您好");
        assertThat(all.body("pl")).isEqualTo("Dzień dobry");
        assertThat(all.body("zh-CN")).isEqualTo("您好");
        assertThat(all.body("en")).isEqualTo("Hello");
        assertThat(all.body(null)).isEqualTo("Hello");

        assertThat(reply(null, "Dzień dobry", "您好").body("en")).isEqualTo("Dzień dobry");
        assertThat(reply(" ", null, "您好").body("pl")).isEqualTo("您好");
    }

    private static CannedReply reply(String en, String pl, String zh) {
        return new CannedReply(
                UUID.randomUUID(),
                ReplyScope.PERSONAL,
                UUID.randomUUID(),
                null,
                "hi",
                "Hi",
                en,
                pl,
                zh,
                null,
                null,
                null,
                null,
                Instant.EPOCH,
                0);
    }
}
