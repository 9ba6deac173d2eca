package org.helpline.tenancy.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.helpline.tenancy.Contract;

/**
 * A profile that passed {@link TenantRules}: trimmed name, upper-case country, IANA zone, language
 * tag, phones in E.164 and lower-cased e-mails, both without duplicates.
 */
public record CheckedProfile(
        String name,
        String country,
        ZoneId zone,
        String language,
        Contract contract,
        UUID partnerId,
        List<String> phones,
        List<String> emails) {

    public CheckedProfile {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
    }
}
