package org.helpline.requestsearch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.helpline.requests.HandledBy;
import org.helpline.requests.RequestStatus;
import org.helpline.requests.SearchableRequest;
import org.helpline.shared.Severity;
import org.junit.jupiter.api.Test;

/** How a request becomes its search document: who may find it, its language and its number. */
class RequestDocumentsTests {

    @Test
    void aNumbersCountLosesItsLeadingZeros() {
        assertThat(RequestDocuments.count("gl-2026-000123")).isEqualTo("123");
        assertThat(RequestDocuments.count("gl-2026-000000")).isEqualTo("0");
        assertThat(RequestDocuments.count("12")).isEqualTo("12");
    }

    @Test
    void theContactLanguageChoosesTheAnalysis() {
        assertThat(RequestDocuments.analysis("pl")).isEqualTo("pl");
        assertThat(RequestDocuments.analysis("zh-CN")).isEqualTo("zh");
        assertThat(RequestDocuments.analysis("de")).isEqualTo("en");
        assertThat(RequestDocuments.analysis(null)).isEqualTo("en");
    }

    @Test
    void internalNotesStayOutOfTheTextThatTenantAdminsSearch() {
        var document = RequestDocuments.of(request(HandledBy.PROVIDER, null));

        assertThat(document.get("text_pl")).contains("Opis", "Odpowiedź").doesNotContain("Notatka");
        assertThat(document.get("notes_pl")).isEqualTo("Notatka");
    }

    @Test
    void aRequestRoutedToThePartnerIsNotInTheOrganisationsScope() {
        var partner = UUID.randomUUID();
        var routed = RequestDocuments.of(request(HandledBy.PARTNER, partner));
        var provider = RequestDocuments.of(request(HandledBy.PROVIDER, null));

        assertThat(routed.getField(RequestDocuments.ORGANISATION)).isNull();
        assertThat(routed.getField(RequestDocuments.PARTNER).stringValue()).isEqualTo(partner.toString());
        assertThat(provider.getField(RequestDocuments.ORGANISATION).stringValue())
                .isEqualTo("global");
        assertThat(provider.getField(RequestDocuments.PARTNER)).isNull();
    }

    private static SearchableRequest request(HandledBy handledBy, UUID partnerId) {
        return new SearchableRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "global",
                handledBy,
                partnerId,
                "GL-2026-000123",
                "Tytuł",
                "Opis",
                "Anna Nowak",
                null,
                "anna.nowak@contoso.example",
                RequestStatus.NEW,
                Severity.B,
                "mail",
                "pl",
                Instant.parse("2026-03-01T10:00:00Z"),
                List.of(
                        new SearchableRequest.Message("Odpowiedź", false),
                        new SearchableRequest.Message("Notatka", true)));
    }
}
