package org.helpline.phone.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory in memory, one {@link LocalizedDirectory} per language. It is read by
 * everyone and changed rarely: a change on this node drops the cache at once, and a change on
 * another node is noticed by comparing the revision counter, asked at most once per
 * {@code helpline.phone.directory-refresh} (a monotonic timer, not business time).
 */
@Component
class DirectoryCache {

    private final Regions regions;
    private final long refreshNanos;
    private volatile State state;

    DirectoryCache(Regions regions, PhoneProperties properties) {
        this.regions = regions;
        this.refreshNanos = properties.directoryRefresh().toNanos();
    }

    private record State(DirectorySnapshot snapshot, Map<Locale, LocalizedDirectory> localized, long checkedAt) {}

    public LocalizedDirectory in(Locale locale) {
        var current = current();
        return current.localized()
                .computeIfAbsent(
                        RegionNames.supported(locale), language -> LocalizedDirectory.of(current.snapshot(), language));
    }

    public DirectorySnapshot snapshot() {
        return current().snapshot();
    }

    public void invalidate() {
        state = null;
    }

    private State current() {
        var current = state;
        var now = System.nanoTime();
        if (current != null && now - current.checkedAt() < refreshNanos) {
            return current;
        }
        synchronized (this) {
            current = state;
            if (current != null && now - current.checkedAt() < refreshNanos) {
                return current;
            }
            var revision = regions.revision();
            if (current != null && current.snapshot().revision() == revision) {
                current = new State(current.snapshot(), current.localized(), now);
            } else {
                current = new State(load(revision), new ConcurrentHashMap<>(), now);
            }
            state = current;
            return current;
        }
    }

    private DirectorySnapshot load(long revision) {
        var line = regions.internationalLine()
                .orElseThrow(() -> new IllegalStateException("The phone directory has not been loaded"));
        return new DirectorySnapshot(revision, regions.findAll(), line);
    }
}
