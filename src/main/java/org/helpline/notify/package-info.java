/**
 * Outgoing e-mails and text messages, written to the outbox in the transaction of the change that
 * causes them and delivered once by a worker on any node, with retries, over SMTP or a text
 * message gateway.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "shared", "tenancy"})
package org.helpline.notify;
