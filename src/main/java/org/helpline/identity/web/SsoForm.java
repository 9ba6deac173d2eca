package org.helpline.identity.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.helpline.identity.SsoConfiguration;
import org.helpline.identity.SsoSettings;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.Role;

/**
 * The single sign-on form: the role mapping one {@code value = ROLE} per line, the domains one
 * per line (or separated by commas or spaces). The secret field is empty unless a new one is typed;
 * an unticked {@code required} is absent (null).
 */
record SsoForm(
        String issuer,
        String clientId,
        String clientSecret,
        String rolesClaim,
        String roleMapping,
        String domains,
        Boolean required,
        Long version) {

    SsoForm {
        required = Boolean.TRUE.equals(required);
    }

    static SsoForm empty() {
        return new SsoForm("", "", "", "groups", "", "", false, null);
    }

    static SsoForm of(SsoConfiguration saved) {
        return new SsoForm(
                saved.issuer(),
                saved.clientId(),
                "",
                saved.rolesClaim(),
                saved.roleMapping().entrySet().stream()
                        .map(entry -> entry.getKey() + " = " + entry.getValue())
                        .collect(Collectors.joining("\n")),
                String.join("\n", saved.domains()),
                saved.required(),
                saved.version());
    }

    SsoSettings settings() {
        return new SsoSettings(issuer, clientId, clientSecret, rolesClaim, mapping(), domainList(), required, version);
    }

    private List<String> domainList() {
        return domains == null
                ? List.of()
                : Arrays.stream(domains.split("[,\\s]+"))
                        .filter(domain -> !domain.isBlank())
                        .toList();
    }

    private Map<String, Role> mapping() {
        var mapping = new LinkedHashMap<String, Role>();
        if (roleMapping == null) {
            return mapping;
        }
        for (var line : roleMapping.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int equals = line.lastIndexOf('=');
            if (equals < 1) {
                throw new InvalidInputException("roleMapping", "each line must read value = ROLE");
            }
            var role =
                    line.substring(equals + 1).strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                mapping.put(line.substring(0, equals).strip(), Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidInputException("roleMapping", role + " is not a role");
            }
        }
        return mapping;
    }
}
