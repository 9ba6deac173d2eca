/**
 * The Support home of a tenant: the entry to self-help, service health and requests for
 * admins, and the "assisted support is for admins" guidance for everyone else.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared", "tenancy"})
package org.helpline.support;
