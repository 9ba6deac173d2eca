package org.helpline.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.helpline.audit.AuditDetails;
import org.helpline.tenancy.Contract;
import org.junit.jupiter.api.Test;

class ProfileDiffTests {

    private static final ProfileDiff.State CONTOSO = new ProfileDiff.State(
            "Contoso",
            "PL",
            "Europe/Warsaw",
            "pl",
            Contract.STANDARD,
            null,
            List.of("+48221234567"),
            List.of("admin@contoso.example"));

    @Test
    void namesWhatChanged() {
        var after = new ProfileDiff.State(
                "Contoso",
                "PL",
                "Europe/Warsaw",
                "en",
                Contract.ADVANCED,
                "Litware",
                List.of("+48221234568"),
                List.of("admin@contoso.example", "it@contoso.example"));

        assertThat(ProfileDiff.between(CONTOSO, after).text())
                .isEqualTo("language: 'pl' -> 'en'; "
                        + "contract: 'STANDARD' -> 'ADVANCED'; partner: null -> 'Litware'; "
                        + "phones: +[+48221234568] -[+48221234567]; emails: +[it@contoso.example]");
    }

    @Test
    void saysWhenNothingChanged() {
        assertThat(ProfileDiff.between(CONTOSO, CONTOSO).text()).isEqualTo("changes: null");
    }

    @Test
    void fitsTheAuditColumn() {
        var renamed = new ProfileDiff.State(
                "x".repeat(200),
                "PL",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of(),
                List.of(
                        "a".repeat(200) + "@contoso.example",
                        "b".repeat(200) + "@contoso.example",
                        "c".repeat(200) + "@contoso.example",
                        "d".repeat(200) + "@contoso.example",
                        "e".repeat(200) + "@contoso.example",
                        "f".repeat(200) + "@contoso.example",
                        "g".repeat(200) + "@contoso.example",
                        "h".repeat(200) + "@contoso.example"));

        assertThat(ProfileDiff.between(CONTOSO, renamed).text())
                .hasSize(AuditDetails.MAX_LENGTH)
                .endsWith("...");
    }
}
