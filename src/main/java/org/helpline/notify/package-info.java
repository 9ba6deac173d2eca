/**
 * Outgoing e-mails and text messages. Modules write a message to the {@link org.helpline.notify.Outbox}
 * in the transaction of the change that causes it; a worker on any node delivers it once, with
 * retries and backoff, over SMTP (standard {@code spring.mail.*} settings) or through a
 * {@link org.helpline.notify.TextMessageGateway}. Templates are Thymeleaf HTML (e-mail) and text
 * (SMS) templates rendered in the recipient's language. Depends only on {@code shared}.
 */
package org.helpline.notify;
