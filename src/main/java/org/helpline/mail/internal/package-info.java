/**
 * Which request events become e-mails, their recipients and the admins' opt-outs; reply tokens;
 * reading, checking and recording replies by e-mail, and the reports of refused ones.
 */
package org.helpline.mail.internal;
