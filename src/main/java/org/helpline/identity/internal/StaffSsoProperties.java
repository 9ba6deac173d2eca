package org.helpline.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpline.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support organisation's own provider, through which its staff sign in: off while {@code
 * issuer} is blank (the default). Values of {@code rolesClaim} map to staff roles through {@code
 * roleMapping} (AGENT, SUPERVISOR or ORG_ADMIN); a staff member with no mapped role is refused.
 * Accounts are created in {@code organisation} for addresses at {@code domains}.
 */
@ConfigurationProperties("helpline.security.staff-sso")
public record StaffSsoProperties(
        String issuer,
        String clientId,
        String clientSecret,
        String rolesClaim,
        Map<String, Role> roleMapping,
        List<String> domains,
        String organisation) {

    static final String REGISTRATION_ID = "staff";

    public StaffSsoProperties {
        issuer = issuer == null ? "" : issuer.strip();
        clientId = clientId == null ? "" : clientId.strip();
        clientSecret = clientSecret == null ? "" : clientSecret;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.strip();
        roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
        domains = domains == null
                ? List.of()
                : domains.stream()
                        .map(domain -> domain.strip().toLowerCase(Locale.ROOT))
                        .filter(domain -> !domain.isEmpty())
                        .toList();
        organisation = organisation == null || organisation.isBlank() ? "global" : organisation.strip();
        for (var role : roleMapping.values()) {
            if (role != Role.AGENT && role != Role.SUPERVISOR && role != Role.ORG_ADMIN) {
                throw new IllegalArgumentException(
                        "helpline.security.staff-sso.role-mapping may map to AGENT, SUPERVISOR or ORG_ADMIN only, not "
                                + role);
            }
        }
    }

    boolean enabled() {
        return !issuer.isEmpty();
    }

    boolean owns(String domain) {
        return enabled() && domains.contains(domain);
    }
}
