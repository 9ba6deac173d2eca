/**
 * Service health: incidents and advisories of a support organisation with their posts, each
 * service's status, 90 days of history, an Atom feed, and deflection of known issues while an
 * admin writes a request.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "catalog", "platform", "shared", "tenancy"})
package org.helpline.health;
