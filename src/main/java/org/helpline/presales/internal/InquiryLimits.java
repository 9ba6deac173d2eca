package org.helpline.presales.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.helpline.presales.PresalesProperties;
import org.springframework.stereotype.Component;

/**
 * The limits of inquiries per e-mail address and per client address within a window. Each address
 * is counted under the row lock of {@link LimitLocks}, the e-mail's first, so that the count and
 * the inquiry stored after it are one step for every transaction and node.
 */
@Component
class InquiryLimits {

    private static final int MAX_CLIENT = 100;

    private final LimitLocks locks;
    private final Inquiries inquiries;
    private final PresalesProperties properties;
    private final Clock clock;

    InquiryLimits(LimitLocks locks, Inquiries inquiries, PresalesProperties properties, Clock clock) {
        this.locks = locks;
        this.inquiries = inquiries;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The client address as the limits count it: what Tomcat took from the connection or, behind a
     * trusted proxy, from X-Forwarded-For, which a proxy passes on as the client wrote it; cut to
     * the column's length.
     */
    static String client(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() <= MAX_CLIENT ? address : address.substring(0, MAX_CLIENT);
    }

    /** Locks the e-mail address's count until the transaction ends; first of the two. */
    void lockAddress(String email) {
        locks.lock(LimitScope.EMAIL.name(), email);
    }

    /**
     * Locks the client's count too and checks both.
     *
     * @throws TooManyInquiriesException when either already reached its maximum within the window
     */
    void check(String email, String client) {
        locks.lock(LimitScope.CLIENT.name(), client);
        var now = clock.instant();
        check(LimitScope.EMAIL, email, properties.perAddress(), now);
        check(LimitScope.CLIENT, client, properties.perClient(), now);
    }

    private void check(LimitScope scope, String subject, int max, Instant now) {
        var window = inquiries.window(scope, subject, now.minus(properties.window()));
        if (window.count() >= max) {
            var retryAfter = Duration.between(now, window.oldest().plus(properties.window()));
            throw new TooManyInquiriesException(
                    scope == LimitScope.EMAIL ? "email" : "client", max, properties.window(), retryAfter);
        }
    }
}
