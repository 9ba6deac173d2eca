package org.helpline.contact.api;

import java.util.Locale;
import org.helpline.contact.internal.WaitTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders an expected wait in plain words through the {@code contact} bundle. */
@Component
class WaitWordsRenderer {

    private final MessageSource messages;

    WaitWordsRenderer(MessageSource messages) {
        this.messages = messages;
    }

    String words(WaitTime wait, Locale locale) {
        return messages.getMessage(wait.wordsKey(), wait.wordsArgs().toArray(), locale);
    }

    static Locale locale(String language, Locale fallback) {
        return language == null || language.isBlank() ? fallback : Locale.forLanguageTag(language);
    }
}
