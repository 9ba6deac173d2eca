package org.helpline.contact.internal.estimate;

/**
 * Rounds a range outward to steps people read easily: 30 seconds below 5 minutes, a minute below
 * 30 minutes, 5 minutes below 2 hours, a quarter of an hour beyond. The published range is never
 * empty: an immediate answer is published as 0 to 30 seconds.
 */
public final class PublishedRange {

    private PublishedRange() {}

    /** {low, high} in whole seconds, {@code low} rounded down and {@code high} up. */
    public static long[] outward(double low, double high) {
        long step = step(high);
        long roundedLow = (long) Math.floor(Math.max(0, low) / step) * step;
        long roundedHigh = (long) Math.ceil(high / step) * step;
        if (roundedHigh <= roundedLow) {
            roundedHigh = roundedLow + step;
        }
        return new long[] {roundedLow, roundedHigh};
    }

    static long step(double high) {
        if (high < 300) {
            return 30;
        }
        if (high < 1800) {
            return 60;
        }
        return high < 7200 ? 300 : 900;
    }
}
