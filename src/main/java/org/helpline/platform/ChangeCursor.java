package org.helpline.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a node is in the change log. Sequence numbers are handed out before commit, so a
 * transaction may commit a lower number after a higher one was seen: numbers skipped over are
 * remembered as gaps and asked for again until they appear or {@code gapPatience} has passed (a
 * rolled-back write leaves a gap that never fills).
 */
public final class ChangeCursor {

    private static final int MAX_GAPS = 10_000;

    private final Duration gapPatience;
    private final Map<Long, Instant> gaps = new HashMap<>();
    private long highWater;

    public ChangeCursor(long highWater, Duration gapPatience) {
        this.highWater = highWater;
        this.gapPatience = gapPatience;
    }

    public long highWater() {
        return highWater;
    }

    /** The gaps still worth asking for; forgets those older than the patience. */
    public Set<Long> gaps(Instant now) {
        gaps.values().removeIf(since -> since.plus(gapPatience).isBefore(now));
        return Set.copyOf(gaps.keySet());
    }

    /** Notes the sequence numbers just applied. */
    public void advance(List<Long> seen, Instant now) {
        for (long seq : seen.stream().sorted().toList()) {
            gaps.remove(seq);
            if (seq <= highWater) {
                continue;
            }
            for (long missing = highWater + 1; missing < seq && gaps.size() < MAX_GAPS; missing++) {
                gaps.put(missing, now);
            }
            highWater = seq;
        }
    }
}
