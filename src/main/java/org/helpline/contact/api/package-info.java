/** JSON endpoints of the contact module: contact options and the expected wait for tenant admins. */
package org.helpline.contact.api;
