package org.helpline.tenancy.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.helpline.shared.InvalidInputException;
import org.helpline.tenancy.EmailAddresses;
import org.helpline.tenancy.NewPartner;
import org.helpline.tenancy.PhoneNumbers;

/** The rules of a new partner; the phone is read in the country of the partner's support organisation. */
public final class PartnerRules {

    private PartnerRules() {}

    /** The partner with its name trimmed, phone in E.164, e-mail lower-cased and website null when blank. */
    public static NewPartner check(NewPartner partner, String region) {
        var problems = new Problems();
        var name = problems.check(() -> TenantRules.required("name", partner.name(), TenantConstraints.MAX_NAME));
        var phone = problems.check(() -> PhoneNumbers.toE164(
                "phone", TenantRules.required("phone", partner.phone(), TenantConstraints.MAX_PHONE_INPUT), region));
        var email = problems.check(() -> EmailAddresses.normalise(
                "email", TenantRules.required("email", partner.email(), TenantConstraints.MAX_EMAIL)));
        var website = problems.check(() -> website(partner.website()));
        problems.throwIfAny();
        return new NewPartner(name, phone, email, website);
    }

    static String website(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        var website = TenantRules.required("website", raw, TenantConstraints.MAX_WEBSITE);
        try {
            var uri = new URI(website);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // reported below like any other address that is not a web page
        }
        throw new InvalidInputException("website", "is not a web address such as https://litware.example");
    }
}
