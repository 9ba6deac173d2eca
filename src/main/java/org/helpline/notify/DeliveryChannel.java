package org.helpline.notify;

/** How a message travels: e-mail over SMTP, or a text message through the configured gateway. */
public enum DeliveryChannel {
    EMAIL,
    TEXT
}
