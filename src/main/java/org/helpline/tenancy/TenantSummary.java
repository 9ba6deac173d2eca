package org.helpline.tenancy;

import java.util.UUID;

/** One line of the organisation admin's tenant list; {@code partnerName} is null without a partner of record. */
public record TenantSummary(
        UUID id,
        String organisationId,
        String name,
        String domain,
        String country,
        Contract contract,
        String partnerName) {

    /** Whether this is the organisation's prospects tenant, which keeps presales requests and has no users. */
    public boolean keepsProspects() {
        return TenantManagement.keepsProspects(domain);
    }
}
