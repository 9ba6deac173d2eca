package org.helpline.web.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration
class WebConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new HelplineLocaleResolver();
    }
}
