package org.helpline.tenancy.internal;

import java.util.UUID;
import org.helpline.tenancy.Contract;

/** One row of the tenant table; phones, e-mails and subscriptions are stored beside it. */
public record TenantRecord(
        UUID id,
        String organisationId,
        String name,
        String domain,
        String country,
        String timeZone,
        String language,
        Contract contract,
        UUID partnerId,
        long version) {

    /** A tenant not stored yet, at version 0. */
    public static TenantRecord register(String organisationId, TenantRules.CheckedTenant tenant) {
        var profile = tenant.profile();
        return new TenantRecord(
                UUID.randomUUID(),
                organisationId,
                profile.name(),
                tenant.domain(),
                profile.country(),
                profile.zone().getId(),
                profile.language(),
                profile.contract(),
                profile.partnerId(),
                0);
    }

    public TenantRecord with(CheckedProfile profile) {
        return new TenantRecord(
                id,
                organisationId,
                profile.name(),
                domain,
                profile.country(),
                profile.zone().getId(),
                profile.language(),
                profile.contract(),
                profile.partnerId(),
                version);
    }
}
