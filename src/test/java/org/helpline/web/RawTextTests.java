package org.helpline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page audit's raw-text check catches message keys and codes, and nothing a person writes. */
class RawTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sign-in.succeeded",
                "Status: requests.status.new",
                "(requests.new.withPartner)",
                "Saved. alerts.bell.none-unread",
                "health.issue.state-resolved, then",
                "web.nav.admin",
                "Missing: ??requests.title_en??",
                "Opened 2026-12-07T14:30:00Z",
                "state NEW_REQUEST",
                "owner null"
            })
    void flagsRawTextOnScreen(String text) {
        assertThat(RawText.findIn(text)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Write to admin@contoso.example or first.last@mail.helpline.example",
                "Visit https://status.helpline.example/kb/sign-in.html today",
                "Our partner litware.example and help-desk.contoso.example",
                "Download requests-2026.csv or the user.guide.pdf",
                "Version 4.0.1, v2.3.10 and 1.2.3-rc.1",
                "Finished. Next step: open the request.",
                "e.g. a router, i.e. hardware",
                "Zgłoszenie nr 12. Stan: nowe.",
                "已解决。请求已关闭。",
                "Sign-in succeeded. Well-known issue."
            })
    void leavesWhatAPersonWritesAlone(String text) {
        assertThat(RawText.findIn(text)).isEmpty();
    }
}
