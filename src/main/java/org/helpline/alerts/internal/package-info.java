/** Alert rows, who gets them (read from other modules' tables), the SLA event listener and the e-mails. */
package org.helpline.alerts.internal;
