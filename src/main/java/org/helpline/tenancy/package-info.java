/**
 * Support organisations, the tenants they serve and each tenant's profile: registered phones and
 * e-mails, country, time zone, language, support contract, partner of record and subscriptions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "catalog", "platform", "shared"})
package org.helpline.tenancy;
