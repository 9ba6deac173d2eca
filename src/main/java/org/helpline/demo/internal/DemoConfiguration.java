package org.helpline.demo.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The history's clock, only when a history is written; static, as a post-processor must be. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "helpline.demo-data", havingValue = "true")
@ConditionalOnExpression("${helpline.demo.history-days:90} > 0")
class DemoConfiguration {

    @Bean
    static HistoryClock historyClock() {
        return new HistoryClock();
    }
}
