/** The page {@code /mailbox}: the local server's messages and a reader, for staff. */
package org.helpline.localmail.web;
