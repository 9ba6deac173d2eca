/** Repositories, the claiming of callbacks and the measuring of queues for the contact module. */
package org.helpline.contact.internal;
