package org.helpline.identity;

import java.util.List;
import java.util.Map;
import org.helpline.shared.Role;

/**
 * A tenant's provider as its admin registers it: the issuer URL (https, or http on a loopback
 * address for tests), the client registered there, the claim that carries groups or roles and how
 * its values map to tenant roles, the e-mail domains the provider owns, and whether passwords are
 * switched off for the tenant's users. {@code clientSecret} null or blank keeps the one saved.
 */
public record SsoSettings(
        String issuer,
        String clientId,
        String clientSecret,
        String rolesClaim,
        Map<String, Role> roleMapping,
        List<String> domains,
        boolean required,
        Long version) {

    public SsoSettings {
        roleMapping = roleMapping == null ? Map.of() : roleMapping;
        domains = domains == null ? List.of() : domains;
    }
}
