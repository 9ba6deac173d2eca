package org.helpline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.helpline.audit.AuditDetails.Detail;
import org.junit.jupiter.api.Test;

class AuditDetailsTests {

    @Test
    void writesKeysAndValuesInOrder() {
        var details = AuditDetails.of("category", "TECHNICAL")
                .and("licences", 25)
                .and("due", Instant.parse("2026-12-07T10:00:00Z"))
                .and("partner", null);

        assertThat(details.text())
                .isEqualTo("category: TECHNICAL; licences: 25; due: 2026-12-07T10:00:00Z; partner: null");
    }

    @Test
    void writesChangesAndSkipsWhatIsMissingOrUnchanged() {
        var details = AuditDetails.none()
                .andChange("severity", "A", "B")
                .andIfChanged("name", "Contoso", "Contoso")
                .andIfPresent("reason", null)
                .andIfListChanged("phones", List.of("+481", "+482"), List.of("+482", "+483"))
                .andIfListChanged("emails", List.of("a@b.example"), List.of("a@b.example"));

        assertThat(details.text()).isEqualTo("severity: A -> B; phones: +[+483] -[+481]");
    }

    @Test
    void nothingRecordedIsEmpty() {
        assertThat(AuditDetails.none().isEmpty()).isTrue();
        assertThat(AuditDetails.none().text()).isEmpty();
    }

    @Test
    void keysAreLowerCaseWords() {
        assertThatThrownBy(() -> AuditDetails.of("timeZone", "UTC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditDetails.of("a: b", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditDetails.of("time zone", "UTC").text()).isEqualTo("time zone: UTC");
    }

    @Test
    void longDetailsAreCutToTheColumn() {
        var text = AuditDetails.of("name", "x".repeat(3000)).text();

        assertThat(text).hasSize(AuditDetails.MAX_LENGTH).endsWith("...");
    }

    @Test
    void readsWhatItWrote() {
        var written =
                AuditDetails.of("token", "ci; nightly").and("scope", "READ").text();

        assertThat(AuditDetails.read(written))
                .contains(List.of(new Detail("token", "ci; nightly"), new Detail("scope", "READ")));
    }

    @Test
    void freeTextIsNotReadAsDetails() {
        assertThat(AuditDetails.read("roles [GLOBAL_ADMIN]")).isEmpty();
        assertThat(AuditDetails.read("other sessions ended")).isEmpty();
        assertThat(AuditDetails.read("")).isEmpty();
        assertThat(AuditDetails.read(null)).isEmpty();
    }

    @Test
    void equalDetailsAreEqual() {
        assertThat(AuditDetails.of("kind", "MESSAGE")).isEqualTo(AuditDetails.of("kind", "MESSAGE"));
        assertThat(AuditDetails.of("kind", "MESSAGE")).isNotEqualTo(AuditDetails.of("kind", "CALL_LOG"));
    }
}
