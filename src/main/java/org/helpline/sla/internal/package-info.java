/**
 * The SLA behind {@link org.helpline.sla.SlaManagement}: policies and calendars with their
 * repositories, the clocks of each request, the watch for passed deadlines, at-risk warnings and customer-wait timers, and the
 * settings service the admin pages and the JSON API use.
 */
package org.helpline.sla.internal;
