package org.helpline.web.internal;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

@Configuration
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new HelplineLocaleResolver();
    }

    /**
     * Lists and maps in a request body hold no nulls: {@code "roles": [null]} is refused as it is
     * read, naming the field, instead of failing deep inside as a NullPointerException.
     */
    @Bean
    JsonMapperBuilderCustomizer noNullElements() {
        return builder -> builder.changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL));
    }

    /** Refuses JSON strings with the NUL character, which PostgreSQL cannot store ({@link NulCharacters}). */
    @Bean
    JacksonModule nulCharacters() {
        return new SimpleModule("nul-characters").addDeserializer(String.class, new NulCharacters.Deserializer());
    }
}
