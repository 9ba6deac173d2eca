package org.helpline.notify.internal;

import org.helpline.notify.TextMessageGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the text gateway from {@code helpline.notify.text-gateway}, unless the application defines its own. */
@Configuration
class TextGatewayConfiguration {

    @Bean
    @ConditionalOnMissingBean(TextMessageGateway.class)
    TextMessageGateway textMessageGateway(NotifyProperties properties) {
        if ("http".equals(properties.textGateway())) {
            if (properties.textGatewayUrl() == null
                    || properties.textGatewayToken().isBlank()) {
                throw new IllegalStateException(
                        "helpline.notify.text-gateway=http needs text-gateway-url and text-gateway-token");
            }
            return new HttpTextGateway(
                    properties.textGatewayUrl(), properties.textGatewayToken(), properties.textGatewayTimeout());
        }
        return new LoggingTextGateway();
    }
}
