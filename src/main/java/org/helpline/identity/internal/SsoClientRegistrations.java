package org.helpline.identity.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.helpline.platform.Caches;
import org.helpline.platform.SharedCache;
import org.helpline.shared.ProblemException;
import org.helpline.tenancy.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * The OpenID clients Helpline signs in through: one per tenant with a provider (its id is the
 * tenant's id) and the staff one ({@code staff}) when configured. The provider's metadata is
 * fetched when a registration is first needed and kept (at most {@link Caches#TIME_TO_LIVE}); a
 * change of the tenant's settings forgets it on every node. A provider that cannot be read has no
 * registration: the sign-in is refused with a message, and tried again at the next attempt.
 */
@Component
class SsoClientRegistrations implements ClientRegistrationRepository {

    static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final TenantSsoRows rows;
    private final IdentitySecrets secrets;
    private final StaffSsoProperties staff;
    private final SharedCache<String, ClientRegistration> known;

    SsoClientRegistrations(TenantSsoRows rows, IdentitySecrets secrets, StaffSsoProperties staff, Caches caches) {
        this.rows = rows;
        this.secrets = secrets;
        this.staff = staff;
        this.known = caches.shared("identity.sso-registrations", 1_000);
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (registrationId == null) {
            return null;
        }
        return known.get(registrationId, this::load);
    }

    /** The registration id of the provider that owns the address's domain, if any. */
    Optional<String> registrationFor(String email) {
        if (email == null || !EmailAddresses.isValid(email)) {
            return Optional.empty();
        }
        var domain = domainOf(email);
        if (staff.owns(domain)) {
            return Optional.of(StaffSsoProperties.REGISTRATION_ID);
        }
        return rows.tenantOwning(domain).map(UUID::toString);
    }

    void forget(UUID tenantId) {
        known.evict(tenantId.toString());
    }

    static String domainOf(String email) {
        return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
    }

    private ClientRegistration load(String registrationId) {
        try {
            if (StaffSsoProperties.REGISTRATION_ID.equals(registrationId)) {
                return staff.enabled()
                        ? build(registrationId, staff.issuer(), staff.clientId(), staff.clientSecret(), "Staff")
                        : null;
            }
            var tenantId = UUID.fromString(registrationId);
            return rows.find(tenantId)
                    .map(sso -> build(
                            registrationId,
                            sso.issuer(),
                            sso.clientId(),
                            secrets.open(sso.sealedSecret()),
                            registrationId))
                    .orElse(null);
        } catch (IllegalArgumentException | ProblemException unknown) {
            log.warn("No usable OpenID provider for registration {}: {}", registrationId, unknown.getMessage());
            return null;
        }
    }

    private static ClientRegistration build(String id, String issuer, String clientId, String secret, String name) {
        return ProviderIssuers.discover(issuer)
                .registrationId(id)
                .clientName(name)
                .clientId(clientId)
                .clientSecret(secret)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope("openid", "email", "profile")
                .userNameAttributeName("sub")
                .build();
    }
}
