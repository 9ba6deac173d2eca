/**
 * Service health: incidents and advisories of a support organisation with their timeline of
 * posts, each service's current status, the history of the last 90 days, an Atom feed, and
 * deflection of known issues while an admin writes a request. Other modules use
 * {@link org.helpline.health.ServiceHealth}; it depends on {@code shared}, {@code catalog},
 * {@code tenancy} and {@code audit}.
 */
package org.helpline.health;
