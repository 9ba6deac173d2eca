package org.helpline.notify.internal;

import org.helpline.notify.TextMessageGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the text gateway from {@code helpline.notify.text-gateway}, unless the application defines
 * its own. With {@code local} the local mail server brings the gateway, so none is made here, whatever
 * order the configurations are read in.
 */
@Configuration
class TextGatewayConfiguration {

    @Bean
    @ConditionalOnExpression("'${helpline.notify.text-gateway:log}' != 'local'")
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
