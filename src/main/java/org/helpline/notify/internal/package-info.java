/** The outbox table, its worker, rendering and the delivery adapters; only {@code notify} uses it. */
package org.helpline.notify.internal;
