package org.helpline.contact.internal.estimate;

/**
 * What the estimator knows at one moment, all measured on live data of one queue.
 *
 * @param arrivals contacts that joined the queue during the sliding window
 * @param windowSeconds the length of that window
 * @param completedContacts how many recent completed contacts {@code meanHandleSeconds} is the mean of
 * @param meanHandleSeconds their mean handle time (from accepting to completing, after-call work included)
 * @param handleCv the coefficient of variation of those handle times (standard deviation / mean)
 * @param agents agents with the needed skills who are signed in and not away
 * @param freeAgents how many of them are available right now
 * @param position the place of the contact in line (1 = next); 0 when no line is known (phone calls)
 * @param lookaheadSeconds how long from now until the contact joins the line; 0 when it is in line
 */
public record EstimateInputs(
        int arrivals,
        long windowSeconds,
        int completedContacts,
        double meanHandleSeconds,
        double handleCv,
        int agents,
        int freeAgents,
        int position,
        long lookaheadSeconds) {

    public EstimateInputs {
        if (arrivals < 0
                || windowSeconds <= 0
                || completedContacts < 0
                || agents < 0
                || position < 0
                || lookaheadSeconds < 0
                || freeAgents < 0
                || freeAgents > agents) {
            throw new IllegalArgumentException("Inconsistent estimate inputs: " + arrivals + " arrivals, " + agents
                    + " agents, " + freeAgents + " free, position " + position);
        }
        if (completedContacts > 0 && !(meanHandleSeconds > 0 && handleCv >= 0)) {
            throw new IllegalArgumentException("Handle times need a positive mean and a CV >= 0");
        }
    }

    /** Arrivals per second over the window. */
    public double arrivalRate() {
        return (double) arrivals / windowSeconds;
    }

    /** The offered load in erlangs: arrival rate times mean handle time. */
    public double erlangs() {
        return arrivalRate() * meanHandleSeconds;
    }
}
