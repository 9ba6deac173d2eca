package org.helpline.catalog.internal;

import java.util.Locale;

/**
 * Maps the reader's locale to one of the catalog's languages: Chinese ({@code zh}, {@code zh-CN},
 * {@code zh-Hans} and the other Chinese tags, as the page language does) reads {@code zh-CN},
 * Polish reads {@code pl}, everything else reads {@code en}.
 */
public final class CatalogLocales {

    public static final String ENGLISH = "en";
    public static final String POLISH = "pl";
    public static final String SIMPLIFIED_CHINESE = "zh-CN";

    private CatalogLocales() {}

    /** The catalog language (a language tag of {@code catalog_label}) for {@code locale}. */
    public static String language(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return switch (locale.getLanguage()) {
            case "pl" -> POLISH;
            case "zh" -> SIMPLIFIED_CHINESE;
            default -> ENGLISH;
        };
    }

    /** The locale whose message bundle holds the texts of {@link #language(Locale)}. */
    public static Locale messageLocale(Locale locale) {
        return Locale.forLanguageTag(language(locale));
    }
}
