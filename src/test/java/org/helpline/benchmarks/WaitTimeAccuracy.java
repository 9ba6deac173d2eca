package org.helpline.benchmarks;

import java.util.Arrays;

/** Accuracy of one estimator on one scenario: absolute errors, hits of the range, range widths. */
final class WaitTimeAccuracy {

    private double absoluteErrors;
    private int count;
    private int inside;
    private int waited;
    private int insideWhenWaited;
    private long[] widths = new long[1024];

    void add(double point, long low, long high, double realized) {
        absoluteErrors += Math.abs(point - realized);
        boolean hit = realized >= low && realized <= high;
        inside += hit ? 1 : 0;
        if (realized > 0) {
            waited++;
            insideWhenWaited += hit ? 1 : 0;
        }
        if (count == widths.length) {
            widths = Arrays.copyOf(widths, count * 2);
        }
        widths[count++] = high - low;
    }

    int count() {
        return count;
    }

    double meanAbsoluteError() {
        return absoluteErrors / count;
    }

    double insideShare() {
        return (double) inside / count;
    }

    double insideShareWhenWaited() {
        return waited == 0 ? Double.NaN : (double) insideWhenWaited / waited;
    }

    long medianWidth() {
        var sorted = Arrays.copyOf(widths, count);
        Arrays.sort(sorted);
        return count == 0 ? 0 : sorted[count / 2];
    }
}
