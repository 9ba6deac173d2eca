/** The outbox for the provider's org admins as JSON under {@code /api/v1/admin/outbox}. */
package org.helpline.notify.api;
