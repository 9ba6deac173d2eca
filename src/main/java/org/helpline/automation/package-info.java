/**
 * Routine automation of requests, configurable per support organisation: resolved requests close
 * after a number of days unless the customer answers, a customer who keeps a request waiting is
 * reminded before the R-19 downgrade, and new requests are assigned round robin among the agents at
 * work with the skills they need and the fewest open requests. Every step is in the request's
 * history and the audit trail with its rule; other modules use {@link
 * org.helpline.automation.AutomationManagement}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "contact", "platform", "requests", "shared", "sla", "tenancy"})
package org.helpline.automation;
