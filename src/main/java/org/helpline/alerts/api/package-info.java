/** {@code /api/v1/alerts}: list the caller's alerts, mark one or all read. */
package org.helpline.alerts.api;
