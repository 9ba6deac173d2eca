/** The JSON API of tenants, subscriptions and partners under {@code /api/v1}, for organisation admins. */
package org.helpline.tenancy.api;
