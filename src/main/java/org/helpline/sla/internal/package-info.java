/**
 * The SLA behind {@link org.helpline.sla.SlaManagement}: policies and calendars with their
 * repositories, the clocks of each request, their durable timers and at-risk warnings, and the
 * settings service the admin pages and the JSON API use.
 */
package org.helpline.sla.internal;
