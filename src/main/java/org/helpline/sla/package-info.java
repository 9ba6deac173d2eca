/**
 * Service levels: business calendars, SLA policies and the deadlines, timers, breach and
 * downgrade rules built on them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "tenancy", "audit"})
package org.helpline.sla;
