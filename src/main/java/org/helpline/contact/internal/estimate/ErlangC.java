package org.helpline.contact.internal.estimate;

/**
 * The Erlang C model of a queue served by {@code agents} identical agents with Poisson arrivals:
 * the probability that a contact has to wait and the average speed of answer. The Erlang B
 * blocking probability is built with its recursion {@code B(k) = A·B(k-1) / (k + A·B(k-1))}, which
 * never forms {@code A^N / N!}, so it stays exact for hundreds of agents where the textbook sum
 * overflows.
 */
public final class ErlangC {

    private ErlangC() {}

    /** Erlang B: the share of contacts that would find every agent busy in a system without a queue. */
    public static double erlangB(int agents, double erlangs) {
        requireValid(agents, erlangs);
        double blocking = 1.0;
        for (int k = 1; k <= agents; k++) {
            blocking = erlangs * blocking / (k + erlangs * blocking);
        }
        return blocking;
    }

    /** The probability that an arriving contact waits at all; 1 when the load reaches the staffing. */
    public static double probabilityOfWaiting(int agents, double erlangs) {
        requireValid(agents, erlangs);
        if (agents == 0 || erlangs >= agents) {
            return 1.0;
        }
        double blocking = erlangB(agents, erlangs);
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }

    /** The mean wait of all contacts (answered at once count as zero); infinite when the queue grows without end. */
    public static double averageSpeedOfAnswer(int agents, double erlangs, double handleSeconds) {
        if (erlangs >= agents) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(agents, erlangs) * handleSeconds / (agents - erlangs);
    }

    /** {@code P(W > t)}: the waits of contacts that wait are exponential with rate {@code (N - A) / h}. */
    public static double probabilityWaitExceeds(int agents, double erlangs, double handleSeconds, double seconds) {
        if (erlangs >= agents) {
            return 1.0;
        }
        return probabilityOfWaiting(agents, erlangs) * Math.exp(-(agents - erlangs) * seconds / handleSeconds);
    }

    private static void requireValid(int agents, double erlangs) {
        if (agents < 0 || !(erlangs >= 0) || Double.isInfinite(erlangs)) {
            throw new IllegalArgumentException("Erlang C needs agents >= 0 and a finite load >= 0, got " + agents
                    + " agents and " + erlangs + " erlangs");
        }
    }
}
