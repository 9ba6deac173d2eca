/**
 * Infrastructure every module relies on and none calls: the db-scheduler instance that runs the
 * durable timers and recurring jobs of sla, notify, contact, mail and alerts. No public API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.helpline.platform;
