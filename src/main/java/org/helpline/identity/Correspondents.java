package org.helpline.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.internal.CorrespondentRows;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users as recipients of what the system sends on its own (alerts, request e-mails, reports
 * of refused replies), for listeners and jobs that act with no signed-in user. No reader check:
 * never show the result to a user.
 */
@Service
public class Correspondents {

    private final CorrespondentRows rows;

    Correspondents(CorrespondentRows rows) {
        this.rows = rows;
    }

    /** The user, if enabled. */
    @Transactional(readOnly = true)
    public Optional<Correspondent> enabled(UUID userId) {
        return rows.enabled(userId);
    }

    /** The user, enabled or not. */
    @Transactional(readOnly = true)
    public Optional<Correspondent> find(UUID userId) {
        return rows.find(userId);
    }

    /** The organisation's own staff (not a tenant's or a partner's users) with {@code role}, by login. */
    @Transactional(readOnly = true)
    public List<Correspondent> staffWithRole(String organisationId, Role role) {
        return rows.staffWithRole(organisationId, role);
    }

    /** The tenant's admins (any of the tenant admin roles), by login. */
    @Transactional(readOnly = true)
    public List<Correspondent> tenantAdmins(UUID tenantId) {
        return rows.tenantAdmins(tenantId);
    }
}
