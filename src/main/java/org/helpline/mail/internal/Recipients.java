package org.helpline.mail.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** Turns stored language and zone settings into the three supported languages and a valid zone. */
final class Recipients {

    private Recipients() {}

    static Locale locale(String preferred, String fallback) {
        var tag = preferred == null || preferred.isBlank() ? fallback : preferred;
        var language = tag == null ? "" : tag.toLowerCase(Locale.ROOT);
        if (language.startsWith("pl")) {
            return Locale.forLanguageTag("pl");
        }
        return language.startsWith("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    static ZoneId zone(String preferred, String fallback) {
        for (var candidate : new String[] {preferred, fallback}) {
            if (candidate != null && !candidate.isBlank()) {
                try {
                    return ZoneId.of(candidate);
                } catch (DateTimeException e) {
                    continue;
                }
            }
        }
        return ZoneOffset.UTC;
    }
}
