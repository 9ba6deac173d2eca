package org.helpline;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.helpline.tenancy.Contract;
import org.helpline.tenancy.NewTenant;
import org.helpline.tenancy.TenantManagement;

/**
 * A tenant of a test's own, made through tenancy like an org admin makes one: organisation {@code
 * global}, Polish, on the standard contract, with a random domain and phone number so that tests
 * never meet each other's tenants.
 */
public final class TestTenants {

    /** The tenant made, and its domain ({@code <prefix><8 hex digits>.example}). */
    public record Made(UUID id, String domain) {

        /** An address at the tenant's domain. */
        public String address(String localPart) {
            return localPart + "@" + domain;
        }
    }

    private TestTenants() {}

    /** A tenant named {@code <name> <suffix>} whose domain starts with {@code prefix}. */
    public static Made make(TenantManagement tenancy, String name, String prefix) {
        var suffix = prefix + UUID.randomUUID().toString().substring(0, 8);
        var domain = suffix + ".example";
        var id = tenancy.createTenant(
                        "global",
                        new NewTenant(
                                name + " " + suffix,
                                domain,
                                "PL",
                                "Europe/Warsaw",
                                "pl",
                                Contract.STANDARD,
                                null,
                                List.of("+48 22 " + ThreadLocalRandom.current().nextInt(2_000_000, 9_999_999)),
                                List.of("it@" + domain)))
                .id();
        return new Made(id, domain);
    }
}
