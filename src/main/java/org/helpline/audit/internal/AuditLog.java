package org.helpline.audit.internal;

import java.util.List;
import org.helpline.audit.AuditEntry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail, newest first, always within one support organisation. */
@Service
public class AuditLog {

    private final AuditEvents events;

    AuditLog(AuditEvents events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query, int page, int size) {
        int limit = Math.max(1, Math.min(size, 200));
        return events.find(query, Math.max(page, 0) * limit, limit);
    }

    @Transactional(readOnly = true)
    public long count(AuditQuery query) {
        return events.count(query);
    }

    @Transactional(readOnly = true)
    public List<String> actions(String organisationId) {
        return events.actions(organisationId);
    }
}
