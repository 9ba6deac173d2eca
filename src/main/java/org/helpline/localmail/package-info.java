/**
 * The local mail server of the embedded default: SMTP and IMAP on loopback that every e-mail and
 * text message of Helpline goes to when no real mail server is configured, kept on disk, and the
 * staff's mailbox page and API that list what it received.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"notify", "platform", "shared", "tenancy"})
package org.helpline.localmail;
