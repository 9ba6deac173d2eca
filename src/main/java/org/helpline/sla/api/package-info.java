/** The JSON API of service levels under {@code /api/v1/sla}: previews, calendar evaluation, calendars and policies. */
package org.helpline.sla.api;
