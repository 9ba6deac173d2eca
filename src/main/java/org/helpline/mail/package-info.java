/**
 * Request e-mails: the events of requests written to the notify outbox for the contact, the
 * tenant's admins and the people in copy, reply tokens, and replies read back over IMAP into the
 * request's thread.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "notify", "platform", "requests", "shared", "tenancy"})
package org.helpline.mail;
