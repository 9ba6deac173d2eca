package org.helpline.tenancy.internal;

import java.util.List;
import org.helpline.tenancy.Contract;

/** Valid tenant profiles to start tests from. */
final class ProfileInputs {

    private ProfileInputs() {}

    static ProfileInput contoso() {
        return new ProfileInput(
                "Contoso",
                "PL",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of("+48 22 123 45 67"),
                List.of("admin@contoso.example"));
    }

    static ProfileInput withPhones(List<String> phones) {
        var c = contoso();
        return new ProfileInput(
                c.name(), c.country(), c.timeZone(), c.language(), c.contract(), c.partnerId(), phones, c.emails());
    }

    static ProfileInput withEmails(List<String> emails) {
        var c = contoso();
        return new ProfileInput(
                c.name(), c.country(), c.timeZone(), c.language(), c.contract(), c.partnerId(), c.phones(), emails);
    }
}
