package org.helpline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.helpline.ModuleTestDatabase;
import org.helpline.catalog.internal.Offering;
import org.helpline.shared.RequestCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The catalog module on its own: each support organisation's services, classifications and offerings, in its languages. */
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class CatalogModuleIntegrationTests {

    @Autowired
    Catalog catalog;

    @Test
    void theRegionalOperatorNamesItsServicesInChineseAndHasItsOwnOfferings() {
        assertThat(catalog.service("cn", "meetings", Locale.forLanguageTag("zh-Hans")))
                .hasValueSatisfying(service -> assertThat(service.name()).isEqualTo("联机会议和聊天"));
        assertThat(catalog.service("cn", "meetings", Locale.GERMAN))
                .hasValueSatisfying(service -> assertThat(service.name()).isEqualTo("Online meetings and chat"));
        assertThat(catalog.service("cn", "fax", Locale.ENGLISH)).isEmpty();

        assertThat(catalog.featureAvailability("cn", Locale.ENGLISH).offerings())
                .extracting(Offering::id)
                .containsExactly("business-basic", "business-standard", "enterprise");
        assertThat(catalog.featureAvailability("global", Locale.ENGLISH).offerings())
                .extracting(Offering::id)
                .containsExactly("business-basic", "business-standard", "business-premium", "enterprise");
    }

    @Test
    void aServicesTechnicalClassificationsIncludeThoseOfEveryServiceButNotOtherServices() {
        assertThat(catalog.classifications("global", RequestCategory.TECHNICAL, "mail", Locale.ENGLISH))
                .extracting(ProblemClassification::id)
                .contains("installation-setup", "service-configuration", "mail-flow", "mailbox-recovery")
                .doesNotContain("sign-in", "meeting-quality");
        assertThat(catalog.classifications("global", RequestCategory.ADVISORY, "mail", Locale.ENGLISH))
                .extracting(ProblemClassification::id)
                .containsExactly("onboarding", "daily-use", "migration-planning");
    }
}
