package org.helpline.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogLocalesTests {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({
        "zh, zh-CN",
        "zh-CN, zh-CN",
        "zh-Hans, zh-CN",
        "zh-Hans-CN, zh-CN",
        "zh-SG, zh-CN",
        "zh-Hant, zh-CN",
        "zh-TW, zh-CN",
        "pl, pl",
        "pl-PL, pl",
        "en, en",
        "en-GB, en",
        "de-DE, en",
        "fr, en",
        "und, en"
    })
    void mapsLocalesToCatalogLanguages(String tag, String language) {
        assertThat(CatalogLocales.language(Locale.forLanguageTag(tag))).isEqualTo(language);
    }

    @Test
    void aMissingLocaleReadsEnglish() {
        assertThat(CatalogLocales.language(null)).isEqualTo(CatalogLocales.ENGLISH);
    }

    @Test
    void javaConstantsForChineseReadSimplifiedChinese() {
        assertThat(CatalogLocales.language(Locale.SIMPLIFIED_CHINESE)).isEqualTo("zh-CN");
        assertThat(CatalogLocales.language(Locale.CHINESE)).isEqualTo("zh-CN");
        assertThat(CatalogLocales.language(Locale.TRADITIONAL_CHINESE)).isEqualTo("zh-CN");
    }

    @Test
    void messageLocaleMatchesTheBundleSuffix() {
        assertThat(CatalogLocales.messageLocale(Locale.forLanguageTag("zh-Hans")))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(CatalogLocales.messageLocale(Locale.forLanguageTag("pl-PL"))).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(CatalogLocales.messageLocale(Locale.JAPANESE)).isEqualTo(Locale.ENGLISH);
    }
}
