package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.PhoneNumbers;
import org.helpline.tenancy.RegisteredPhone;
import org.helpline.tenancy.TenantProfile;
import org.junit.jupiter.api.Test;

/** The caller's number matches a registered one whatever format the agent types: the comparison is on E.164. */
class CallerNumberMatchingTests {

    @Test
    void aPolishNumberMatchesInEveryUsualFormat() {
        var contoso = tenant("PL", "+48221234567");
        for (var typed : List.of(
                "+48 22 123 45 67",
                "0048 22 123 45 67",
                "22 123 45 67",
                "(22) 123-45-67",
                "+48-22-123-45-67",
                "221234567")) {
            assertThat(registered(contoso, typed)).as(typed).isTrue();
        }
        assertThat(registered(contoso, "+48 22 123 45 68")).isFalse();
        assertThat(registered(contoso, "+1 221 234 567 0")).isFalse();
    }

    @Test
    void anAmericanNumberMatchesInEveryUsualFormat() {
        var fabrikam = tenant("US", "+12125550100");
        for (var typed : List.of(
                "+1 212 555 0100",
                "(212) 555-0100",
                "212.555.0100",
                "1 212 555 0100",
                "+1-212-555-0100",
                "011 1 212 555 0100")) {
            assertThat(registered(fabrikam, typed)).as(typed).isTrue();
        }
        assertThat(registered(fabrikam, "+44 212 555 0100")).isFalse();
    }

    private static boolean registered(TenantProfile tenant, String typed) {
        return PhoneNumbers.isValid(typed, tenant.country())
                && tenant.hasRegisteredPhone(PhoneNumbers.toE164("callerNumber", typed, tenant.country()));
    }

    private static TenantProfile tenant(String country, String e164) {
        return new TenantProfile(
                UUID.randomUUID(),
                "global",
                "Tenant",
                "tenant.example",
                country,
                ZoneId.of("UTC"),
                Locale.ENGLISH,
                Contract.STANDARD,
                null,
                List.of(new RegisteredPhone(UUID.randomUUID(), e164, null)),
                List.of(),
                List.of(),
                0);
    }
}
