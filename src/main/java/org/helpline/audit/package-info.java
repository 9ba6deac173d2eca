/**
 * The append-only audit trail: who did what, to which tenant, when and from which address.
 * Other modules call {@link org.helpline.audit.AuditTrail}; organisation admins read and filter it.
 */
package org.helpline.audit;
