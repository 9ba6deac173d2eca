package org.helpline.identity.sso;

import org.springframework.test.context.DynamicPropertyRegistry;

/** The staff's provider settings ({@code helpline.security.staff-sso.*}) for the test provider. */
final class StaffProvider {

    private StaffProvider() {}

    static void register(DynamicPropertyRegistry registry, TestOpenIdProvider provider) {
        registry.add("helpline.security.staff-sso.issuer", provider::issuer);
        registry.add("helpline.security.staff-sso.client-id", () -> TestOpenIdProvider.STAFF_CLIENT_ID);
        registry.add("helpline.security.staff-sso.client-secret", () -> TestOpenIdProvider.STAFF_SECRET);
        registry.add("helpline.security.staff-sso.roles-claim", () -> "groups");
        registry.add("helpline.security.staff-sso.role-mapping.helpline-supervisors", () -> "SUPERVISOR");
        registry.add("helpline.security.staff-sso.domains", () -> "staff.helpline.example");
        registry.add("helpline.security.staff-sso.organisation", () -> "global");
    }
}
