/**
 * The append-only audit trail of who did what, to which tenant, when and from which address, and
 * its viewer for organisation admins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "shared"})
package org.helpline.audit;
