package org.helpline.contact.internal.estimate;

/**
 * An estimate in plain words, as a message key of the {@code contact} bundle and its arguments:
 * "about 10 to 20 minutes", "up to 5 minutes", "less than a minute", or "no estimate right now".
 * Minutes are whole (low rounded down, high up) up to two hours, hours beyond.
 */
public record WaitWords(String key, Object[] args) {

    public static WaitWords of(WaitEstimate estimate) {
        if (!estimate.available()) {
            return new WaitWords("contact.wait.none", new Object[0]);
        }
        long low = estimate.lowSeconds();
        long high = estimate.highSeconds();
        if (high <= 60) {
            return new WaitWords("contact.wait.under-minute", new Object[0]);
        }
        if (high <= 7200) {
            return words("minutes", low / 60, ceilDiv(high, 60));
        }
        return words("hours", low / 3600, ceilDiv(high, 3600));
    }

    private static WaitWords words(String unit, long low, long high) {
        if (low == 0) {
            return new WaitWords("contact.wait.up-to-" + unit, new Object[] {high});
        }
        return new WaitWords("contact.wait." + unit, new Object[] {low, high});
    }

    private static long ceilDiv(long value, long divisor) {
        return (value + divisor - 1) / divisor;
    }
}
