package org.helpline.tenancy.internal;

import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;

/** The editable part of a tenant's profile as the user typed it, before {@link TenantRules} checked it. */
public record ProfileInput(
        String name,
        String country,
        String timeZone,
        String language,
        Contract contract,
        UUID partnerId,
        List<String> phones,
        List<String> emails) {

    public static ProfileInput of(NewTenant tenant) {
        return new ProfileInput(
                tenant.name(),
                tenant.country(),
                tenant.timeZone(),
                tenant.language(),
                tenant.contract(),
                tenant.partnerId(),
                tenant.phones(),
                tenant.emails());
    }

    public static ProfileInput of(ProfileChange change) {
        return new ProfileInput(
                change.name(),
                change.country(),
                change.timeZone(),
                change.language(),
                change.contract(),
                change.partnerId(),
                change.phones(),
                change.emails());
    }
}
