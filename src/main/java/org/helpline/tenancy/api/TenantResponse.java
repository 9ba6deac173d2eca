package org.helpline.tenancy.api;

import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.RegisteredEmail;
import org.helpline.tenancy.Subscription;
import org.helpline.tenancy.TenantProfile;

/** A tenant's profile as the API shows it: language as a tag ({@code zh-CN}), phones with a display form. */
record TenantResponse(
        UUID id,
        String organisationId,
        String name,
        String domain,
        String country,
        String timeZone,
        String language,
        Contract contract,
        PartnerResponse partner,
        List<PhoneResponse> phones,
        List<RegisteredEmail> emails,
        List<Subscription> subscriptions,
        long version) {

    static TenantResponse of(TenantProfile profile) {
        return new TenantResponse(
                profile.id(),
                profile.organisationId(),
                profile.name(),
                profile.domain(),
                profile.country(),
                profile.zone().getId(),
                profile.language().toLanguageTag(),
                profile.contract(),
                profile.partner() == null ? null : PartnerResponse.of(profile.partner()),
                profile.phones().stream().map(PhoneResponse::of).toList(),
                profile.emails(),
                profile.subscriptions(),
                profile.version());
    }
}
