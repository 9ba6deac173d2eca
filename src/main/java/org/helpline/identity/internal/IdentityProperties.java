package org.helpline.identity.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sign-in throttling (docs/security.md gives the policy and its reasons). Failed
 * passwords are counted per login and client address, per login and per address; after a
 * counter's free failures each further attempt waits, the wait doubling up to a cap. An address
 * from which the login signed in before is trusted for {@code trustAddressFor}: only its own
 * login-and-address counter applies to it, so a stranger elsewhere cannot lock the owner out.
 * {@code passwordCost} is bcrypt's cost for new password hashes (a hash keeps the cost it was made
 * with). {@code secretKey} (Base64, 32 bytes, or {@code file:<path>}) encrypts the secrets identity keeps
 * to use again (single sign-on client secrets, authenticator secrets); {@code previousSecretKeys}
 * still decrypt what they encrypted before a rotation ({@link IdentitySecrets}).
 */
@Validated
@ConfigurationProperties("helpline.identity")
public record IdentityProperties(
        @Valid SignIn signIn,
        @Min(4) @Max(31) Integer passwordCost,
        String secretKey,
        List<String> previousSecretKeys) {

    /** bcrypt's cost (log2 of its rounds) for new password hashes, measured in docs/benchmarks.md. */
    public static final int DEFAULT_PASSWORD_COST = 10;

    public IdentityProperties {
        signIn = signIn == null ? SignIn.DEFAULTS : signIn;
        passwordCost = passwordCost == null ? DEFAULT_PASSWORD_COST : passwordCost;
        secretKey = secretKey == null ? "" : secretKey;
        previousSecretKeys = previousSecretKeys == null ? List.of() : List.copyOf(previousSecretKeys);
    }

    /** The three counters, how long a quiet counter is remembered and how long an address is trusted. */
    public record SignIn(
            @Valid Throttle perLoginAndAddress,
            @Valid Throttle perLogin,
            @Valid Throttle perAddress,
            Duration forgetAfter,
            Duration trustAddressFor) {

        static final SignIn DEFAULTS = new SignIn(null, null, null, null, null);

        public SignIn {
            perLoginAndAddress = perLoginAndAddress == null
                    ? new Throttle(5, Duration.ofSeconds(30), Duration.ofMinutes(15))
                    : perLoginAndAddress;
            perLogin = perLogin == null ? new Throttle(10, Duration.ofSeconds(30), Duration.ofHours(1)) : perLogin;
            perAddress =
                    perAddress == null ? new Throttle(50, Duration.ofSeconds(30), Duration.ofMinutes(15)) : perAddress;
            forgetAfter = forgetAfter == null ? Duration.ofHours(24) : forgetAfter;
            trustAddressFor = trustAddressFor == null ? Duration.ofDays(30) : trustAddressFor;
        }
    }

    /**
     * One counter: {@code freeFailures} failures cost nothing; the one that reaches it makes the next
     * attempt wait {@code firstDelay}, each further failure doubles the wait, up to {@code maxDelay}.
     */
    public record Throttle(
            @Min(1) int freeFailures,
            @NotNull Duration firstDelay,
            @NotNull Duration maxDelay) {

        /** How long the next attempt waits after {@code failures} failures in a row. */
        public Duration delayAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 30);
            var delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
