package org.helpline.phone.internal;

import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits refused steps of a call (another organisation's tenant, an account opened without a
 * grant) in a transaction of their own: the refusal rolls back the step, not its record. Refused
 * code sends are audited by {@code CallerVerification} in the step's own transaction instead.
 */
@Component
public class CallAudit {

    private final AuditTrail trail;
    private final TransactionTemplate ownTransaction;

    CallAudit(AuditTrail trail, PlatformTransactionManager transactionManager) {
        this.trail = trail;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void refused(String action, UUID tenantId, String target, AuditDetails details) {
        ownTransaction.executeWithoutResult(status -> trail.record(action, tenantId, target, details));
    }
}
