/**
 * Provisioning with SCIM 2.0 (RFC 7643/7644): a tenant's directory (Entra ID, Okta) creates,
 * changes, deactivates and deletes the tenant's users and keeps its groups, whose names become
 * the users' roles; each tenant has its own bearer secret.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "identity", "platform", "shared", "tenancy"})
package org.helpline.scim;
