package org.helpline.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.identity.IdentityProperties;
import org.helpline.identity.IdentityProperties.Throttle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and counts a sign-in attempt before its password is evaluated (NIST SP 800-63B 5.2.2).
 * Each attempt takes the row locks of its counters in one order (login-and-address, login,
 * address) in one short transaction, so concurrent attempts on any node are counted one after
 * the other and at most a counter's free failures are evaluated before it makes attempts wait;
 * the fixed order keeps two attempts from waiting on each other. An attempt counts as a failure
 * until it proves the password, which gives the count back.
 */
@Service
public class SignInThrottle {

    /** The counters an attempt is subject to. */
    enum Counted {
        LOGIN_AND_ADDRESS,
        LOGIN,
        ADDRESS
    }

    /** An attempt let through: which counters it counted on, and the wait its failure starts, if any. */
    public record Claim(String login, String address, List<Counted> counted, Instant waitUntil) {

        public boolean startsAWait() {
            return waitUntil != null;
        }
    }

    private final SignInCounters counters;
    private final IdentityProperties.SignIn policy;
    private final Clock clock;

    SignInThrottle(SignInCounters counters, IdentityProperties properties, Clock clock) {
        this.counters = counters;
        this.policy = properties.signIn();
        this.clock = clock;
    }

    /** Counts an attempt, or refuses it with the time it may be made. */
    @Transactional
    public Claim claim(String login, String address) {
        long now = clock.millis();
        var counted = new ArrayList<Counted>();
        long waitUntil = 0;
        var pair = counters.lock(key(Counted.LOGIN_AND_ADDRESS, login, address));
        waitUntil = Math.max(waitUntil, count(pair, policy.perLoginAndAddress(), now));
        counted.add(Counted.LOGIN_AND_ADDRESS);
        if (pair.trustedUntil() <= now) {
            for (var kind : List.of(Counted.LOGIN, Counted.ADDRESS)) {
                waitUntil = Math.max(waitUntil, count(counters.lock(key(kind, login, address)), throttle(kind), now));
                counted.add(kind);
            }
        }
        return new Claim(login, address, List.copyOf(counted), waitUntil == 0 ? null : Instant.ofEpochMilli(waitUntil));
    }

    /** The password was right: the login-and-address is trusted, the other counts are given back. */
    @Transactional
    public void succeeded(Claim claim) {
        long until = clock.millis() + policy.trustAddressFor().toMillis();
        counters.trust(key(Counted.LOGIN_AND_ADDRESS, claim.login(), claim.address()), until);
        claim.counted().stream()
                .filter(kind -> kind != Counted.LOGIN_AND_ADDRESS)
                .forEach(kind -> counters.release(
                        key(kind, claim.login(), claim.address()),
                        throttle(kind).freeFailures()));
    }

    /** The attempt was not evaluated after all (the database failed): every count is given back. */
    @Transactional
    public void release(Claim claim) {
        claim.counted()
                .forEach(kind -> counters.release(
                        key(kind, claim.login(), claim.address()),
                        throttle(kind).freeFailures()));
    }

    /** Counts one attempt on a locked counter; answers the time its wait ends, or 0 for no wait. */
    private long count(SignInCounters.Counter counter, Throttle throttle, long now) {
        if (counter.allowedFrom() > now) {
            throw new SignInThrottledException(Instant.ofEpochMilli(counter.allowedFrom()));
        }
        boolean forgotten = now - counter.lastAttemptAt() > policy.forgetAfter().toMillis();
        int failures = (forgotten ? 0 : counter.failures()) + 1;
        long delay = throttle.delayAfter(failures).toMillis();
        long allowedFrom = delay == 0 ? 0 : now + delay;
        counters.save(new SignInCounters.Counter(counter.key(), failures, allowedFrom, now, counter.trustedUntil()));
        return allowedFrom;
    }

    private Throttle throttle(Counted kind) {
        return switch (kind) {
            case LOGIN_AND_ADDRESS -> policy.perLoginAndAddress();
            case LOGIN -> policy.perLogin();
            case ADDRESS -> policy.perAddress();
        };
    }

    static String key(Counted kind, String login, String address) {
        return switch (kind) {
            case LOGIN_AND_ADDRESS -> "pair:" + address + " " + login;
            case LOGIN -> "login:" + login;
            case ADDRESS -> "address:" + address;
        };
    }

    /** A login as counted: trimmed, lower case and at most as long as a login can be. */
    static String normalise(String login) {
        var normal = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return normal.length() > 254 ? normal.substring(0, 254) : normal;
    }
}
