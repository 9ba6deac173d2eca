package org.helpline.notify.internal;

import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The development gateway: writes each text message to the log, secrets (codes) masked, and sends nothing. */
class LoggingTextGateway implements TextMessageGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingTextGateway.class);

    @Override
    public void send(TextMessage message) {
        log.info("Text message to {} (development gateway, not sent): {}", message.to(), message.masked());
    }
}
