package org.helpline.contact.internal.estimate;

/**
 * How cautious the estimator is.
 *
 * @param minCompletedContacts below this many recent completed contacts there is no estimate: the
 *     mean handle time of fewer is too unsure to publish
 * @param minArrivals below this many arrivals in the window the steady state (Erlang C) is not used
 * @param coverage the share of waits the published range is built to hold (the shortest interval
 *     with this probability under the fitted distribution)
 * @param modelError relative variance added to every estimate for what the model leaves out (agents
 *     overtaking by more severe contacts, agents slower or faster than the mean)
 * @param staffingError relative variance added for agents going away or coming back during the
 *     wait, divided by the square of the agents: one agent of N changes the pace by 1/N
 */
public record EstimatorSettings(
        int minCompletedContacts, int minArrivals, double coverage, double modelError, double staffingError) {

    public static final EstimatorSettings DEFAULTS = new EstimatorSettings(10, 5, 0.85, 0.02, 0.5);

    public EstimatorSettings {
        if (minCompletedContacts < 2
                || minArrivals < 1
                || !(coverage > 0.5 && coverage < 0.995)
                || !(modelError >= 0 && modelError <= 1)
                || !(staffingError >= 0 && staffingError <= 4)) {
            throw new IllegalArgumentException("Estimator settings out of range");
        }
    }
}
