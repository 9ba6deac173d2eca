package org.helpline.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpline.identity.internal.IdentityProperties.Throttle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a sign-in attempt before its password is evaluated (NIST SP 800-63B 5.2.2). Each attempt
 * takes the row locks of its counters in one order (login-and-address, login, address) in one short
 * transaction, so concurrent attempts on any node are checked one after the other; the fixed order
 * keeps two attempts from waiting on each other.
 *
 * <p>A counter lets an attempt be evaluated while its failure, added to the failures settled so far
 * and to those of every attempt still being evaluated, would not yet impose a wait. An attempt that
 * could only start a wait if the ones in flight failed is {@linkplain Busy busy}: it is tried again
 * once they are settled, so concurrent right passwords are never refused, and no more than a
 * counter's free failures are ever evaluated. The attempt whose failure would start a wait is
 * evaluated alone: it sets the wait as it starts, and a right password lifts it.
 */
@Service
class SignInThrottle {

    /** How long an attempt counts as being evaluated; one of a node that stopped is forgotten then. */
    static final long IN_FLIGHT_MILLIS = 30_000;

    /** The counters an attempt is subject to. */
    enum Counted {
        LOGIN_AND_ADDRESS,
        LOGIN,
        ADDRESS
    }

    /** An attempt let through: which counters it counted on. */
    public record Claim(String login, String address, List<Counted> counted) {}

    /** The attempt must wait for those in flight to be settled before it can be checked. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("sign-in attempts of this login or address are being evaluated", null, false, false);
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

    /**
     * Lets an attempt be evaluated, or refuses it with the time it may be made ({@link
     * SignInThrottledException}), or answers that it is {@link Busy}.
     */
    @Transactional
    public Claim claim(String login, String address) {
        long now = clock.millis();
        var counted = new ArrayList<Counted>();
        var pair = counters.lock(key(Counted.LOGIN_AND_ADDRESS, login, address));
        take(pair, policy.perLoginAndAddress(), now);
        counted.add(Counted.LOGIN_AND_ADDRESS);
        if (pair.trustedUntil() <= now) {
            for (var kind : List.of(Counted.LOGIN, Counted.ADDRESS)) {
                take(counters.lock(key(kind, login, address)), throttle(kind), now);
                counted.add(kind);
            }
        }
        return new Claim(login, address, List.copyOf(counted));
    }

    /**
     * The password was wrong: a failure on every counter of the claim. Answers the time the next
     * attempt may be made, if this failure started or extended a wait.
     */
    @Transactional
    public Instant failed(Claim claim) {
        long now = clock.millis();
        long waitUntil = 0;
        for (var kind : claim.counted()) {
            var counter = counters.lock(key(kind, claim.login(), claim.address()));
            int failures = counter.failures() + 1;
            long delay = throttle(kind).delayAfter(failures).toMillis();
            long allowedFrom = delay == 0 ? counter.allowedFrom() : Math.max(counter.allowedFrom(), now + delay);
            waitUntil = Math.max(waitUntil, delay == 0 ? 0 : allowedFrom);
            counters.save(new SignInCounters.Counter(
                    counter.key(),
                    failures,
                    allowedFrom,
                    counter.lastAttemptAt(),
                    counter.trustedUntil(),
                    Math.max(counter.inFlight() - 1, 0),
                    counter.inFlightUntil()));
        }
        return waitUntil == 0 ? null : Instant.ofEpochMilli(waitUntil);
    }

    /** The password was right: the login-and-address is trusted; the other counters keep their failures. */
    @Transactional
    public void succeeded(Claim claim) {
        long until = clock.millis() + policy.trustAddressFor().toMillis();
        for (var kind : claim.counted()) {
            var counter = counters.lock(key(kind, claim.login(), claim.address()));
            boolean pair = kind == Counted.LOGIN_AND_ADDRESS;
            counters.save(settled(counter, pair ? 0 : counter.failures(), pair ? until : counter.trustedUntil()));
        }
    }

    /** The attempt was not evaluated after all (the database failed): it counts for nothing. */
    @Transactional
    public void release(Claim claim) {
        for (var kind : claim.counted()) {
            var counter = counters.lock(key(kind, claim.login(), claim.address()));
            counters.save(settled(counter, counter.failures(), counter.trustedUntil()));
        }
    }

    /** A counter without the attempt that ends, and without a wait its own failures did not earn. */
    private SignInCounters.Counter settled(SignInCounters.Counter counter, int failures, long trustedUntil) {
        var throttle = throttle(kindOf(counter.key()));
        boolean earned = !throttle.delayAfter(failures).isZero();
        return new SignInCounters.Counter(
                counter.key(),
                failures,
                earned ? counter.allowedFrom() : 0,
                counter.lastAttemptAt(),
                trustedUntil,
                Math.max(counter.inFlight() - 1, 0),
                counter.inFlightUntil());
    }

    /** Takes one evaluation on a locked counter, or refuses it. */
    private void take(SignInCounters.Counter counter, Throttle throttle, long now) {
        if (counter.allowedFrom() > now) {
            throw new SignInThrottledException(Instant.ofEpochMilli(counter.allowedFrom()));
        }
        boolean forgotten = now - counter.lastAttemptAt() > policy.forgetAfter().toMillis();
        int failures = forgotten ? 0 : counter.failures();
        int inFlight = counter.inFlightAt(now);
        long delayIfAllFail = throttle.delayAfter(failures + inFlight + 1).toMillis();
        if (delayIfAllFail > 0 && inFlight > 0) {
            throw new Busy();
        }
        counters.save(new SignInCounters.Counter(
                counter.key(),
                failures,
                delayIfAllFail == 0 ? 0 : now + delayIfAllFail,
                now,
                counter.trustedUntil(),
                inFlight + 1,
                now + IN_FLIGHT_MILLIS));
    }

    private Throttle throttle(Counted kind) {
        return switch (kind) {
            case LOGIN_AND_ADDRESS -> policy.perLoginAndAddress();
            case LOGIN -> policy.perLogin();
            case ADDRESS -> policy.perAddress();
        };
    }

    private static Counted kindOf(String key) {
        if (key.startsWith("pair:")) {
            return Counted.LOGIN_AND_ADDRESS;
        }
        return key.startsWith("login:") ? Counted.LOGIN : Counted.ADDRESS;
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
