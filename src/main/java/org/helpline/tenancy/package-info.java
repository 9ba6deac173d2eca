/**
 * Support organisations, the tenants they serve and each tenant's profile: registered phones and
 * e-mails, country, time zone, language, support contract, partner of record and subscriptions.
 * Other modules use {@link org.helpline.tenancy.TenantManagement} and
 * {@link org.helpline.tenancy.PhoneNumbers}; it depends only on {@code shared} and {@code audit}.
 */
package org.helpline.tenancy;
