/** {@code /api/v1/mailbox/messages}: the local server's messages, newest first, for staff. */
package org.helpline.localmail.api;
