/** The tenant admin's page /account/notifications for choosing request e-mails. */
package org.helpline.mail.web;
