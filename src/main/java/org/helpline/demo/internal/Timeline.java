package org.helpline.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;
import org.helpline.platform.HistoryWriting;
import org.helpline.shared.HelplineUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The steps of one thread of the demo history in the order they happened. Each step runs with the
 * clocks at its instant ({@link HistoryClock}) and its actor signed in (so the audit trail names
 * them); a step may plan later steps. Steps planned after {@code end} never happen: the requests
 * they belong to are still open. The steps run as {@link HistoryWriting}, so they send no e-mail.
 */
final class Timeline {

    private static final Logger log = LoggerFactory.getLogger(Timeline.class);

    private record Step(Instant at, long order, HelplineUser actor, Runnable action) implements Comparable<Step> {

        @Override
        public int compareTo(Step other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    private final HistoryClock clock;
    private final Instant end;
    private long planned;
    private int ran;
    private int refused;
    private Duration took = Duration.ZERO;

    Timeline(HistoryClock clock, Instant end) {
        this.clock = clock;
        this.end = end;
    }

    /** Plans {@code action} at {@code at} by {@code actor}; a step after the end is dropped. */
    void at(Instant at, HelplineUser actor, Runnable action) {
        if (at.isAfter(end)) {
            return;
        }
        steps.add(new Step(at, planned++, actor, action));
    }

    /**
     * Runs every step in order. A step the domain refuses (a rule, a lost race for a callback) is
     * left out, as a person's click would be; it is counted and the first one logged.
     */
    void run() {
        long began = System.nanoTime();
        try {
            HistoryWriting.run(() -> {
                while (!steps.isEmpty()) {
                    var step = steps.poll();
                    clock.travelTo(step.at());
                    runAs(step);
                }
            });
        } finally {
            clock.backToPresent();
            SecurityContextHolder.clearContext();
            took = Duration.ofNanos(System.nanoTime() - began);
        }
    }

    /** How long {@link #run()} took. */
    Duration took() {
        return took;
    }

    int ran() {
        return ran;
    }

    int refused() {
        return refused;
    }

    private void runAs(Step step) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                step.actor(), null, step.actor().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            step.action().run();
            ran++;
        } catch (RuntimeException e) {
            if (refused++ == 0) {
                log.warn("A step of the demo history was refused at {}: {}", step.at(), e.toString());
            }
        }
    }
}
