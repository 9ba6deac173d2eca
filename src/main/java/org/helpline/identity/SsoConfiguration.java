package org.helpline.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpline.shared.Role;

/**
 * A tenant's saved provider settings as they are shown: never the client secret, only whether
 * one is kept. {@code redirectUri} is the address to register at the provider.
 */
public record SsoConfiguration(
        UUID tenantId,
        String issuer,
        String clientId,
        boolean clientSecretSet,
        String rolesClaim,
        Map<String, Role> roleMapping,
        List<String> domains,
        boolean required,
        String redirectUri,
        long version) {}
