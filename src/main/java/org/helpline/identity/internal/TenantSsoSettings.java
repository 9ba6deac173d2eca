package org.helpline.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.SingleSignOn;
import org.helpline.identity.SsoConfiguration;
import org.helpline.identity.SsoSettings;
import org.helpline.platform.PublicUrl;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The database-backed {@link SingleSignOn}; signing in through it is {@link SsoAccounts}'s. */
@Service
class TenantSsoSettings implements SingleSignOn {

    private final TenantSsoRows rows;
    private final SsoDomains domains;
    private final DirectoryRoleMappings roleMappings;
    private final TenantAccess access;
    private final IdentitySecrets secrets;
    private final SsoClientRegistrations registrations;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;
    private final Clock clock;

    TenantSsoSettings(
            TenantSsoRows rows,
            SsoDomains domains,
            DirectoryRoleMappings roleMappings,
            TenantAccess access,
            IdentitySecrets secrets,
            SsoClientRegistrations registrations,
            PublicUrl publicUrl,
            AuditTrail audit,
            Clock clock) {
        this.rows = rows;
        this.domains = domains;
        this.roleMappings = roleMappings;
        this.access = access;
        this.secrets = secrets;
        this.registrations = registrations;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<SsoConfiguration> settings(HelplineUser actor, UUID tenantId) {
        access.tenant(actor, tenantId);
        return rows.find(tenantId).map(this::configuration);
    }

    @Transactional
    @Override
    public SsoConfiguration configure(HelplineUser actor, UUID tenantId, SsoSettings settings) {
        access.tenant(actor, tenantId);
        var issuer = ProviderIssuers.checked(settings.issuer());
        var saved = save(tenantId, issuer, settings);
        ProviderIssuers.discover(issuer);
        audit.record(
                "sso.configured",
                tenantId,
                issuer,
                AuditDetails.of("client", saved.clientId())
                        .and("domains", saved.domains())
                        .and("required", saved.required()));
        return configuration(saved);
    }

    @Transactional
    @Override
    public SsoConfiguration seed(UUID tenantId, SsoSettings settings) {
        return configuration(save(tenantId, ProviderIssuers.checked(settings.issuer()), settings));
    }

    @Override
    public String redirectUri(UUID tenantId) {
        return publicUrl.link("/login/oauth2/code/" + tenantId);
    }

    @Transactional
    @Override
    public void remove(HelplineUser actor, UUID tenantId, Long version) {
        access.tenant(actor, tenantId);
        var before = rows.find(tenantId).orElseThrow(() -> new NotFoundException("Single sign-on of tenant", tenantId));
        rows.delete(tenantId, version == null ? before.version() : version);
        registrations.forget(tenantId);
        audit.record("sso.removed", tenantId, before.issuer(), AuditDetails.of("domains", before.domains()));
    }

    private TenantSsoRows.TenantSso save(UUID tenantId, String issuer, SsoSettings settings) {
        var before = rows.find(tenantId);
        var clientId = required("clientId", settings.clientId(), 200);
        var rolesClaim = settings.rolesClaim() == null || settings.rolesClaim().isBlank()
                ? "groups"
                : required("rolesClaim", settings.rolesClaim(), 100);
        var owned = domains.checked(tenantId, settings.domains());
        String sealed;
        if (settings.clientSecret() != null && !settings.clientSecret().isBlank()) {
            sealed = secrets.seal(required("clientSecret", settings.clientSecret(), 500));
        } else {
            sealed = before.map(TenantSsoRows.TenantSso::sealedSecret)
                    .orElseThrow(() -> new InvalidInputException("clientSecret", "is required the first time"));
        }
        DirectoryRoleMappings.check(settings.roleMapping());
        var row = new TenantSsoRows.TenantSso(
                tenantId, issuer, clientId, sealed, rolesClaim, settings.required(), owned, 0);
        Long version = before.isEmpty()
                ? null
                : settings.version() == null ? before.get().version() : settings.version();
        rows.save(row, version, clock.instant());
        roleMappings.replace(tenantId, settings.roleMapping());
        registrations.forget(tenantId);
        return rows.find(tenantId).orElseThrow();
    }

    private static String required(String field, String value, int maxLength) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new InvalidInputException(field, "must be 1 to " + maxLength + " characters");
        }
        return stripped;
    }

    private SsoConfiguration configuration(TenantSsoRows.TenantSso sso) {
        return new SsoConfiguration(
                sso.tenantId(),
                sso.issuer(),
                sso.clientId(),
                !sso.sealedSecret().isEmpty(),
                sso.rolesClaim(),
                roleMappings.mapping(sso.tenantId()),
                sso.domains(),
                sso.required(),
                redirectUri(sso.tenantId()),
                sso.version());
    }
}
