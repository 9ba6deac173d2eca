package org.helpline.audit;

import java.util.List;
import java.util.UUID;

/**
 * The tenants an organisation admin can filter the trail by. Implemented by the tenancy module,
 * which itself writes to the trail, so the audit module needs no dependency on it.
 */
public interface TenantDirectory {

    /** A tenant as a filter choice. */
    record TenantOption(UUID id, String name) {}

    List<TenantOption> tenantsOf(String organisationId);
}
