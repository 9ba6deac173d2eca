package org.helpline.audit;

import java.util.UUID;

/**
 * Records audit entries. The actor and the remote address are taken from the current request
 * when the caller does not name them, so call sites only say what happened and to whom.
 */
public interface AuditTrail {

    /**
     * Records an action of the signed-in user, in the caller's transaction so that the entry and
     * the change commit together.
     */
    void record(String action, UUID tenantId, String target, AuditDetails details);

    /**
     * Records something that happened without a signed-in actor, such as a failed sign-in. It
     * commits on its own so a refused request cannot roll it back.
     */
    void recordAnonymous(AuditEntry.Subject subject, String action, AuditDetails details);
}
