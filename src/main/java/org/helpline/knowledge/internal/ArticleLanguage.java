package org.helpline.knowledge.internal;

import java.util.Locale;
import java.util.Optional;

/** The languages articles are written and analysed in; any Chinese locale reads {@link #ZH}. */
public enum ArticleLanguage {
    PL("pl"),
    EN("en"),
    ZH("zh");

    private final String code;

    ArticleLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Accepts {@code pl}, {@code en}, {@code zh}, {@code zh-CN} (any case); empty otherwise. */
    public static Optional<ArticleLanguage> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(value.trim().replace('_', '-')).getLanguage();
        for (var candidate : values()) {
            if (candidate.code.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The reader's language: Polish and Chinese as such, every other locale English. */
    public static ArticleLanguage of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return parse(locale.getLanguage()).orElse(EN);
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(code);
    }
}
