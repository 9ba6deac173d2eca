package org.helpline.tenancy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.tenancy.internal.ProfileChange;

/**
 * Everything known about a tenant. {@code partner} is the partner of record, or null; {@code
 * version} must be sent back with a {@link ProfileChange}.
 */
public record TenantProfile(
        UUID id,
        String organisationId,
        String name,
        String domain,
        String country,
        ZoneId zone,
        Locale language,
        Contract contract,
        Partner partner,
        List<RegisteredPhone> phones,
        List<RegisteredEmail> emails,
        List<Subscription> subscriptions,
        long version) {

    public TenantProfile {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        subscriptions = List.copyOf(subscriptions);
    }

    /** Whether this is the organisation's prospects tenant, which keeps presales requests and has no users. */
    public boolean keepsProspects() {
        return TenantManagement.keepsProspects(domain);
    }

    /** Whether the number (any format) is registered, read in the tenant's country. */
    public boolean hasRegisteredPhone(String number) {
        return phones.stream().anyMatch(phone -> PhoneNumbers.sameNumber(phone.e164(), number, country));
    }
}
