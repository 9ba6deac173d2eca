/**
 * SLA alerts for staff: at-risk and breach warnings for a request's agent and breaches for its
 * organisation's supervisors, in the app and by e-mail.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"identity", "notify", "platform", "requests", "shared", "sla", "tenancy"})
package org.helpline.alerts;
