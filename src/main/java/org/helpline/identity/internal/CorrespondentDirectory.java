package org.helpline.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.identity.Correspondent;
import org.helpline.identity.Correspondents;
import org.helpline.shared.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link Correspondents}. */
@Service("correspondents")
class CorrespondentDirectory implements Correspondents {

    private final CorrespondentRows rows;

    CorrespondentDirectory(CorrespondentRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Correspondent> enabled(UUID userId) {
        return rows.enabled(userId);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Correspondent> find(UUID userId) {
        return rows.find(userId);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Correspondent> staffWithRole(String organisationId, Role role) {
        return rows.staffWithRole(organisationId, role);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Correspondent> tenantAdmins(UUID tenantId) {
        return rows.tenantAdmins(tenantId);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Correspondent> tenantUser(UUID tenantId, String address) {
        return rows.tenantUser(tenantId, address);
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<Correspondent> staffMember(String organisationId, UUID partnerId, String address) {
        return rows.staffMember(organisationId, partnerId, address);
    }
}
