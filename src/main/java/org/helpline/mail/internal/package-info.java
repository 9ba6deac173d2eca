/** Which request events become e-mails, their recipients and the admins' opt-outs. */
package org.helpline.mail.internal;
