package org.helpline.contact.internal.estimate;

/**
 * An estimate of one contact's wait, or the reason there is none.
 *
 * @param reason null when there is an estimate
 * @param pointSeconds the single best figure: the median of the fitted distribution
 * @param meanSeconds the mean of the distribution the range is drawn from
 * @param lowSeconds the published range, rounded outward to whole steps ({@link PublishedRange})
 * @param highSeconds the upper end of the published range
 * @param probabilityOfWaiting Erlang C's probability that a contact waits; NaN without a steady state
 * @param steadyStateWeight the weight of the Erlang C steady state in the blend (0 = position only)
 */
public record WaitEstimate(
        NoEstimateReason reason,
        double pointSeconds,
        double meanSeconds,
        long lowSeconds,
        long highSeconds,
        double probabilityOfWaiting,
        double steadyStateWeight) {

    public static WaitEstimate none(NoEstimateReason reason) {
        return new WaitEstimate(reason, Double.NaN, Double.NaN, 0, 0, Double.NaN, 0);
    }

    public boolean available() {
        return reason == null;
    }

    /** Whether a realized wait fell inside the published range. */
    public boolean contains(double waitSeconds) {
        return available() && waitSeconds >= lowSeconds && waitSeconds <= highSeconds;
    }
}
