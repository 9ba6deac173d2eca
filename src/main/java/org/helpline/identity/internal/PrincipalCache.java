package org.helpline.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.helpline.shared.HelplineUser;
import org.springframework.stereotype.Component;

/**
 * Keeps the principals of API-token callers for a few seconds, so a busy client does not rebuild
 * its user, tenant and organisation on every call. The token itself is still checked on every
 * call; role changes on this node evict at once, on other nodes within {@link #TIME_TO_LIVE}.
 */
@Component
public class PrincipalCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(HelplineUser user, Instant expiresAt) {}

    private final ConcurrentHashMap<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    PrincipalCache(Clock clock) {
        this.clock = clock;
    }

    Optional<HelplineUser> get(UUID userId, Supplier<Optional<HelplineUser>> loader) {
        var now = clock.instant();
        var cached = entries.get(userId);
        if (cached != null && cached.expiresAt().isAfter(now)) {
            return Optional.of(cached.user());
        }
        var loaded = loader.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        loaded.ifPresentOrElse(
                user -> entries.put(userId, new Entry(user, now.plus(TIME_TO_LIVE))), () -> entries.remove(userId));
        return loaded;
    }

    public void evict(UUID userId) {
        entries.remove(userId);
    }
}
