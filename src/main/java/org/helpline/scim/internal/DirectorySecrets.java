package org.helpline.scim.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.DirectoryProvisioning;
import org.helpline.platform.PublicUrl;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.helpline.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secret a tenant's directory shows as {@code Authorization: Bearer}. It is shown once, when
 * made; only its SHA-256 is stored, which suffices because it has 256 random bits. A new secret
 * replaces the old one at once. It is managed by whoever manages the tenant's people.
 */
@Service
public class DirectorySecrets {

    static final String PREFIX = "scim_";

    /** The last use is written at most this often, so a busy directory costs no write per call. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Whether the tenant has a secret, since when, made by whom, and when it was last used; with the
     * tenant's name and the address its directory is given.
     */
    public record Status(
            boolean connected,
            String tenantName,
            String scimUrl,
            Instant createdAt,
            String createdBy,
            Instant lastUsedAt) {}

    private final ScimSecretStore store;
    private final DirectoryProvisioning provisioning;
    private final TenantManagement tenants;
    private final PublicUrl publicUrl;
    private final AuditTrail audit;
    private final Clock clock;

    DirectorySecrets(
            ScimSecretStore store,
            DirectoryProvisioning provisioning,
            TenantManagement tenants,
            PublicUrl publicUrl,
            AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.publicUrl = publicUrl;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status status(HelplineUser actor, UUID tenantId) {
        provisioning.checkMayConnect(actor, tenantId);
        var name = tenants.profile(tenantId).name();
        var url = publicUrl.link("/scim/v2");
        return store.ofTenant(tenantId)
                .map(row -> new Status(true, name, url, row.createdAt(), row.createdBy(), row.lastUsedAt()))
                .orElse(new Status(false, name, url, null, null, null));
    }

    /** Makes the tenant's new secret, which replaces its old one, and answers it: the only time it is known. */
    @Transactional
    public String create(HelplineUser actor, UUID tenantId) {
        provisioning.checkMayConnect(actor, tenantId);
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        boolean replaced = store.ofTenant(tenantId).isPresent();
        store.replace(tenantId, hash(secret), clock.instant(), actor.login());
        audit.record("scim.secret.created", tenantId, "SCIM", AuditDetails.of("replaced", replaced));
        return secret;
    }

    @Transactional
    public void revoke(HelplineUser actor, UUID tenantId) {
        provisioning.checkMayConnect(actor, tenantId);
        if (!store.delete(tenantId)) {
            throw new NotFoundException("SCIM secret", tenantId);
        }
        audit.record("scim.secret.revoked", tenantId, "SCIM", AuditDetails.none());
    }

    /** The tenant whose secret this is; each statement commits by itself, as on every SCIM call. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<UUID> tenantOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var secretHash = hash(secret);
        var row = store.byHash(secretHash);
        var now = clock.instant();
        row.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL)))
                .ifPresent(found -> store.touch(found.tenantId(), secretHash, now));
        return row.map(ScimSecretStore.SecretRow::tenantId);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
