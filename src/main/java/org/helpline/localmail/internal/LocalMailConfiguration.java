package org.helpline.localmail.internal;

import java.time.Clock;
import org.helpline.notify.TextMessageGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local mail server and its mailbox, only while {@code helpline.mail.local.enabled} (see {@link LocalMailSettings}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "helpline.mail.local.enabled", havingValue = "true")
class LocalMailConfiguration {

    @Bean
    LocalMailbox localMailbox(LocalMailProperties properties, Clock clock) {
        return new LocalMailbox(new MailFiles(properties.directory()), clock);
    }

    @Bean
    LocalMailServer localMailServer(LocalMailProperties properties, LocalMailbox mailbox) {
        return new LocalMailServer(properties, mailbox);
    }

    @Bean
    @ConditionalOnProperty(name = "helpline.notify.text-gateway", havingValue = "local")
    TextMessageGateway localTextGateway(LocalMailbox mailbox) {
        return new LocalTextGateway(mailbox);
    }
}
