package org.helpline.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.helpline.catalog.internal.OrganisationCatalog.LabelKey;
import org.junit.jupiter.api.Test;

class OrganisationCatalogTests {

    private final OrganisationCatalog catalog = new OrganisationCatalog(
            List.of("mail"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(
                    new LabelKey(LabelKind.SERVICE, "mail", "en"),
                    "Email",
                    new LabelKey(LabelKind.SERVICE, "mail", "pl"),
                    "Poczta e-mail"));

    @Test
    void readsTheLabelOfTheLanguage() {
        assertThat(catalog.label(LabelKind.SERVICE, "mail", "pl")).isEqualTo("Poczta e-mail");
    }

    @Test
    void fallsBackToEnglishWhenTheLanguageHasNoLabel() {
        assertThat(catalog.label(LabelKind.SERVICE, "mail", "zh-CN")).isEqualTo("Email");
    }

    @Test
    void fallsBackToTheCodeWhenNoLabelExists() {
        assertThat(catalog.label(LabelKind.SERVICE_DESCRIPTION, "mail", "pl")).isEqualTo("mail");
    }
}
