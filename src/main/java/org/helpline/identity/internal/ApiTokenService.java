package org.helpline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once, when created; only its SHA-256 is stored. A
 * slow password hash is not needed: the secret has 256 random bits, so it cannot be guessed
 * from its hash.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "hlp_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Users users;
    private final Principals principals;
    private final PrincipalCache cache;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokenService(
            ApiTokens tokens, Users users, Principals principals, PrincipalCache cache, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.principals = principals;
        this.cache = cache;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just created, with its secret: the only time the secret is known. */
    public record CreatedToken(ApiTokenRow token, String secret) {}

    @Transactional
    public CreatedToken create(HelplineUser owner, String name, Duration validity) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var row = new ApiTokenRow(
                UUID.randomUUID(),
                owner.id(),
                name.trim(),
                now,
                validity == null ? null : now.plus(validity),
                null,
                null);
        tokens.insert(row, hash(secret));
        audit.record("api-token.created", owner.tenantId().orElse(null), owner.login(), "token " + row.name());
        return new CreatedToken(row, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokensOf(HelplineUser owner) {
        return tokens.ofUser(owner.id());
    }

    @Transactional
    public void revoke(HelplineUser owner, UUID tokenId) {
        if (!tokens.revoke(owner.id(), tokenId, clock.instant())) {
            throw new NotFoundException("API token", tokenId);
        }
        audit.record("api-token.revoked", owner.tenantId().orElse(null), owner.login(), "token " + tokenId);
    }

    /**
     * The user a bearer secret belongs to, if the token is active and the user enabled. Runs on every
     * API call, so it needs no transaction of its own (each statement commits by itself) and writes the
     * token's last use only when the stored one is more than a minute old.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<HelplineUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        var secretHash = hash(secret);
        var token = tokens.findByHash(secretHash).filter(found -> found.activeAt(now));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        var lastUsed = token.get().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(ApiTokens.TOUCH_INTERVAL))) {
            tokens.touch(token.get().id(), secretHash, now);
        }
        var userId = token.get().userId();
        return cache.get(userId, () -> users.findById(userId).map(user -> principals.principalOf(user, now)))
                .filter(user -> user.isEnabled() && user.isAccountNonLocked());
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
