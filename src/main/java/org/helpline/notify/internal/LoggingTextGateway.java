package org.helpline.notify.internal;

import org.helpline.notify.DeliveryFailedException;
import org.helpline.notify.TextMessage;
import org.helpline.notify.TextMessageGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway when none is connected: writes each text message to the log, secrets (codes)
 * masked, and sends nothing. So it never reports a text delivered: each one fails permanently
 * with {@link #NOT_CONNECTED}, which the outbox and the call console show.
 */
class LoggingTextGateway implements TextMessageGateway {

    static final String NOT_CONNECTED = "not connected: texts are not sent";

    private static final Logger log = LoggerFactory.getLogger(LoggingTextGateway.class);

    @Override
    public void send(TextMessage message) {
        log.info("Text message to {} (no gateway connected, not sent): {}", message.to(), message.masked());
        throw new DeliveryFailedException(NOT_CONNECTED, true);
    }
}
