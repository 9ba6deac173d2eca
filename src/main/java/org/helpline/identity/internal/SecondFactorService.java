package org.helpline.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.helpline.audit.AuditDetails;
import org.helpline.audit.AuditEntry;
import org.helpline.audit.AuditTrail;
import org.helpline.identity.SessionsRevoked;
import org.helpline.shared.ForbiddenException;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enrols, checks and resets second factors. A code is checked like a password: each attempt is
 * first let through by the {@link SignInThrottle} on the user's login and address, so six digits
 * cannot be guessed by trying; a TOTP step once accepted is refused afterwards, and a recovery
 * code works once. Enrolment, removal and reset are audited; a reset ends the user's sessions.
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The factors of a user, as they and the API see them. */
    public record Status(boolean totp, int recoveryCodesLeft, List<Passkey> passkeys, boolean required) {}

    /** One passkey: its credential id, its name, when it was added and last used. */
    public record Passkey(String id, String label, java.time.Instant createdAt, java.time.Instant lastUsedAt) {}

    private final SecondFactors factors;
    private final SecondFactorPolicy policy;
    private final IdentitySecrets secrets;
    private final SignInGuard guard;
    private final SignInThrottle throttle;
    private final Users users;
    private final TenantAccess tenants;
    private final Principals principals;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecondFactorService(
            SecondFactors factors,
            SecondFactorPolicy policy,
            IdentitySecrets secrets,
            SignInGuard guard,
            SignInThrottle throttle,
            Users users,
            TenantAccess tenants,
            Principals principals,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.factors = factors;
        this.policy = policy;
        this.secrets = secrets;
        this.guard = guard;
        this.throttle = throttle;
        this.users = users;
        this.tenants = tenants;
        this.principals = principals;
        this.audit = audit;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status status(HelplineUser user) {
        var passkeys = factors.passkeys(user.login()).stream()
                .map(key -> new Passkey(key.id(), key.label(), key.createdAt(), key.lastUsedAt()))
                .toList();
        return new Status(
                factors.totp(user.id()).isPresent(),
                factors.recoveryCodesLeft(user.id()),
                passkeys,
                policy.required(user));
    }

    /** Whether a password alone does not sign the user in. */
    @Transactional(readOnly = true)
    public boolean asked(HelplineUser user) {
        return policy.asked(user);
    }

    /** Whether the user is staff and staff must have a second factor: known without the database. */
    public boolean staffMustHaveOne(HelplineUser user) {
        return policy.staffRequired() && user.hasAny(SecondFactorPolicy.STAFF);
    }

    @Transactional(readOnly = true)
    public boolean hasAny(HelplineUser user) {
        return factors.hasAny(user.id(), user.login());
    }

    /** A new TOTP secret for the user to enter in their app; it is kept once a code of it is confirmed. */
    public String newTotpSecret() {
        return TotpCodes.newSecret();
    }

    public String totpUri(HelplineUser user, String secret) {
        return TotpCodes.uri("Helpline", user.login(), secret);
    }

    /**
     * Keeps the secret as the user's TOTP once {@code code} shows their app has it, replacing any
     * earlier one, and answers new recovery codes, the only time they are seen. The code is checked
     * through the throttle like a sign-in (each step committing on its own); what is kept is kept in
     * one transaction.
     */
    public List<String> enrolTotp(HelplineUser user, String secret, String code, String address) {
        var claim = guard.claim(SignInThrottle.normalise(user.login()), address);
        var step = TotpCodes.matchingStep(secret, code, clock.instant().getEpochSecond());
        if (step.isEmpty()) {
            wrongCode(user, claim);
            throw new InvalidInputException("code", "is not the code your app shows now");
        }
        throttle.succeeded(claim);
        return transactions.execute(status -> {
            factors.saveTotp(user.id(), secrets.seal(secret), step.getAsLong(), clock.instant());
            var codes = replaceRecoveryCodes(user);
            audit.record(
                    "user.second-factor-enrolled",
                    user.tenantId().orElse(null),
                    user.login(),
                    AuditDetails.of("factor", "TOTP"));
            return codes;
        });
    }

    /**
     * Checks a code of the user's app, or one of their recovery codes; a wrong one counts as a
     * failed sign-in. Throws {@link SignInThrottledException} while the user must wait. Each step
     * commits on its own, like a password check: the throttle's, then the one statement that uses the
     * code.
     */
    public boolean verify(HelplineUser user, String code, String address) {
        var claim = guard.claim(SignInThrottle.normalise(user.login()), address);
        if (totpAccepts(user, code) || recoveryCodeAccepts(user, code)) {
            throttle.succeeded(claim);
            return true;
        }
        wrongCode(user, claim);
        return false;
    }

    @Transactional
    public List<String> regenerateRecoveryCodes(HelplineUser user) {
        var codes = replaceRecoveryCodes(user);
        audit.record(
                "user.recovery-codes-regenerated", user.tenantId().orElse(null), user.login(), AuditDetails.none());
        return codes;
    }

    @Transactional
    public void removeTotp(HelplineUser user) {
        factors.removeTotp(user.id());
        audit.record(
                "user.second-factor-removed",
                user.tenantId().orElse(null),
                user.login(),
                AuditDetails.of("factor", "TOTP"));
    }

    @Transactional
    public void removePasskey(HelplineUser user, String credentialId) {
        if (!factors.removePasskey(user.login(), credentialId)) {
            throw new NotFoundException("Passkey", credentialId);
        }
        audit.record(
                "user.second-factor-removed",
                user.tenantId().orElse(null),
                user.login(),
                AuditDetails.of("factor", "PASSKEY"));
    }

    /** A passkey was removed through Spring Security's endpoint. */
    @Transactional
    public void passkeyRemoved(HelplineUser user) {
        audit.record(
                "user.second-factor-removed",
                user.tenantId().orElse(null),
                user.login(),
                AuditDetails.of("factor", "PASSKEY"));
    }

    /**
     * Checks a passkey assertion against the user of a session that signed in with a password; a
     * failed one counts as a failed sign-in.
     */
    public void verifyPasskey(HelplineUser user, String address, Runnable assertion) {
        var claim = guard.claim(SignInThrottle.normalise(user.login()), address);
        try {
            assertion.run();
        } catch (RuntimeException refused) {
            wrongCode(user, claim);
            throw refused;
        }
        throttle.succeeded(claim);
    }

    /** A passkey was added through Spring Security's registration endpoint. */
    @Transactional
    public void passkeyAdded(HelplineUser user, String label) {
        audit.record(
                "user.second-factor-enrolled",
                user.tenantId().orElse(null),
                user.login(),
                AuditDetails.of("factor", "PASSKEY").and("name", label));
    }

    /**
     * An organisation admin forgets every factor of a user of their organisation (a lost phone or
     * key): audited, and the user's sessions end, so they enrol again at their next sign-in.
     */
    @Transactional
    public void reset(HelplineUser actor, UUID userId) {
        var user = users.findById(userId)
                .filter(found -> found.organisationId().equals(actor.organisationId()))
                .orElseThrow(() -> new NotFoundException("User", userId));
        if (!actor.has(org.helpline.shared.Role.ORG_ADMIN)) {
            throw new ForbiddenException("Only organisation admins reset second factors.");
        }
        factors.removeAll(user.id(), user.login());
        principals.forget(user.id());
        audit.record("user.second-factor-reset", user.tenantId(), user.login(), AuditDetails.none());
        events.publishEvent(new SessionsRevoked(user.id(), user.login(), null));
    }

    @Transactional(readOnly = true)
    public boolean tenantRequires(HelplineUser actor, UUID tenantId) {
        tenants.tenant(actor, tenantId);
        return factors.tenantRequires(tenantId);
    }

    /** The tenant's global admin or its organisation's admin requires a second factor of its users, or not. */
    @Transactional
    public void requireForTenant(HelplineUser actor, UUID tenantId, boolean required) {
        tenants.tenant(actor, tenantId);
        boolean before = factors.tenantRequires(tenantId);
        factors.tenantRequires(tenantId, required, clock.instant());
        audit.record(
                "tenant.second-factor-required",
                tenantId,
                tenantId.toString(),
                AuditDetails.none().andChange("required", before, required));
    }

    private boolean totpAccepts(HelplineUser user, String code) {
        var totp = factors.totp(user.id());
        if (totp.isEmpty()) {
            return false;
        }
        var secret = secrets.open(totp.get().sealedSecret());
        var step = TotpCodes.matchingStep(secret, code, clock.instant().getEpochSecond());
        return step.isPresent() && factors.useStep(user.id(), step.getAsLong());
    }

    private boolean recoveryCodeAccepts(HelplineUser user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return factors.useRecoveryCode(user.id(), hash(normalised(code)), clock.instant());
    }

    private List<String> replaceRecoveryCodes(HelplineUser user) {
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(newRecoveryCode());
        }
        factors.replaceRecoveryCodes(
                user.id(), codes.stream().map(code -> hash(normalised(code))).toList());
        return codes;
    }

    private void wrongCode(HelplineUser user, SignInThrottle.Claim claim) {
        var waitUntil = throttle.failed(claim);
        var subject = new AuditEntry.Subject(
                user.id(), user.login(), user.organisationId(), user.tenantId().orElse(null));
        audit.recordAnonymous(subject, "sign-in.failed", AuditDetails.of("reason", "WRONG_SECOND_FACTOR"));
        if (waitUntil != null) {
            audit.recordAnonymous(subject, "sign-in.throttled", AuditDetails.of("next attempt", waitUntil));
        }
    }

    /** Twelve characters in two groups (60 bits), without letters that read alike. */
    private static String newRecoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i == 6) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String code) {
        return code.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }

    static String hash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
