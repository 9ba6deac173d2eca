/** The outbox page of the provider's org admins, and its summary on their home page. */
package org.helpline.notify.web;
