package org.helpline.notify;

/**
 * Sends text messages. Helpline ships an HTTP adapter ({@code helpline.notify.text-gateway=http})
 * and an adapter for when none is connected, which writes the message to the log with secrets
 * masked and fails it, since nothing was sent ({@code log}, the default); a bean of this type
 * replaces both.
 */
public interface TextMessageGateway {

    /**
     * Hands the message to the provider.
     *
     * @throws DeliveryFailedException when it was not accepted; {@code permanent} failures are
     *     not retried
     */
    void send(TextMessage message);
}
