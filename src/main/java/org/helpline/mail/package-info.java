/**
 * Request e-mails. Listens to the events of {@code requests} and writes e-mails to the
 * {@code notify} outbox: to the request's contact address always, and to the tenant's admins
 * who did not turn that kind off in {@link org.helpline.mail.MailPreferences}, each in the
 * recipient's language and time zone with a link to the request.
 */
package org.helpline.mail;
