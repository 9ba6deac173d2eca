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
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditTrail;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once, when created; only its SHA-256 is stored. A
 * slow password hash is not needed: the secret has 256 random bits, so it cannot be guessed
 * from its hash. Every token has a scope and expires within {@link #MAX_VALIDITY_DAYS}; tokens
 * are managed only by a user who signed in with their password, never with a token, so a leaked
 * token cannot make itself a longer-lived or wider successor.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "hlp_";

    /** The longest a token may be valid, in days. */
    public static final int MAX_VALIDITY_DAYS = 365;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final Principals principals;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, Principals principals, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.principals = principals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just created, with its secret: the only time the secret is known. */
    public record CreatedToken(ApiTokenRow token, String secret) {}

    /** The caller a bearer secret stands for, and what its token may do. */
    public record TokenCaller(HelplineUser user, TokenScope scope) {}

    /** Refuses token management to a caller who shows a token rather than a password. */
    public static void requirePasswordSignIn(Authentication authentication) {
        if (authentication instanceof BearerTokenFilter.ApiTokenAuthentication) {
            throw new ForbiddenException(
                    "API tokens are managed only when signed in with a password (a session or HTTP Basic), not with a token.");
        }
    }

    @Transactional
    public CreatedToken create(HelplineUser owner, String name, TokenScope scope, int validDays) {
        if (validDays < 1 || validDays > MAX_VALIDITY_DAYS) {
            throw new InvalidInputException("validDays", "must be between 1 and " + MAX_VALIDITY_DAYS);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var row = new ApiTokenRow(
                UUID.randomUUID(),
                owner.id(),
                name.trim(),
                scope,
                now,
                now.plus(Duration.ofDays(validDays)),
                null,
                null);
        tokens.insert(row, hash(secret));
        audit.record(
                "api-token.created",
                owner.tenantId().orElse(null),
                owner.login(),
                AuditDetails.of("token", row.name()).and("scope", scope).and("expires", row.expiresAt()));
        return new CreatedToken(row, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokensOf(HelplineUser owner) {
        return tokens.ofUser(owner.id());
    }

    @Transactional
    public void revoke(HelplineUser owner, UUID tokenId) {
        var name = tokens.ofUser(owner.id()).stream()
                .filter(token -> token.id().equals(tokenId))
                .map(ApiTokenRow::name)
                .findFirst();
        if (name.isEmpty() || !tokens.revoke(owner.id(), tokenId, clock.instant())) {
            throw new NotFoundException("API token", tokenId);
        }
        audit.record(
                "api-token.revoked",
                owner.tenantId().orElse(null),
                owner.login(),
                AuditDetails.of("token", name.get()));
    }

    /**
     * The user a bearer secret belongs to, if the token is active and the user enabled. Runs on every
     * API call, so it needs no transaction of its own (each statement commits by itself) and writes the
     * token's last use only when the stored one is more than a minute old.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<TokenCaller> authenticate(String secret) {
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
        return principals
                .kept(token.get().userId())
                .filter(HelplineUser::isEnabled)
                .map(user -> new TokenCaller(user, token.get().scope()));
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
