package org.helpline.tenancy.api;

import java.util.UUID;
import org.helpline.tenancy.Partner;
import org.helpline.tenancy.PhoneNumbers;

/** A partner with its phone in E.164 and for display. */
record PartnerResponse(
        UUID id,
        String organisationId,
        String name,
        String phoneE164,
        String phoneDisplay,
        String email,
        String website,
        long version) {

    static PartnerResponse of(Partner partner) {
        return new PartnerResponse(
                partner.id(),
                partner.organisationId(),
                partner.name(),
                partner.phoneE164(),
                PhoneNumbers.international(partner.phoneE164()),
                partner.email(),
                partner.website(),
                partner.version());
    }
}
