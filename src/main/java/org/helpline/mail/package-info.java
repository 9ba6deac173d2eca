/**
 * Request e-mails. Listens to the events of {@code requests} and writes e-mails to the
 * {@code notify} outbox: to the request's contact address always, and to the tenant's admins
 * who did not turn that kind off in {@link org.helpline.mail.MailPreferences}, each in the
 * recipient's language and time zone with a link to the request, the request number in the
 * subject and, when {@code helpline.mail.reply-address} is set, a reply token bound to the request
 * and the recipient. {@link org.helpline.mail.InboundMail} reads the replies from an IMAP mailbox
 * and adds them, with their files, to the request's thread through
 * {@link org.helpline.requests.MailReplies}; refused replies are reported to the organisation's admins.
 */
package org.helpline.mail;
