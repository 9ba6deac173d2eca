package org.helpline.contact.internal.estimate;

/**
 * A wait as the estimator models it: zero with probability {@code zero}, otherwise positive with
 * this mean and second moment.
 */
record WaitLaw(double zero, double mean, double second) {

    static final WaitLaw IMMEDIATE = new WaitLaw(1, 0, 0);

    static WaitLaw positive(double mean, double variance) {
        return new WaitLaw(0, mean, variance + mean * mean);
    }

    /** The mixture: this law with probability {@code 1 - weight}, {@code other} with {@code weight}. */
    WaitLaw blend(WaitLaw other, double weight) {
        double mine = (1 - weight) * (1 - zero);
        double theirs = weight * (1 - other.zero);
        if (mine + theirs <= 0) {
            return IMMEDIATE;
        }
        return new WaitLaw(
                (1 - weight) * zero + weight * other.zero,
                (mine * mean + theirs * other.mean) / (mine + theirs),
                (mine * second + theirs * other.second) / (mine + theirs));
    }

    /** The positive part times an independent factor of mean 1 and variance {@code relativeVariance}. */
    WaitLaw inflated(double relativeVariance) {
        return new WaitLaw(zero, mean, second * (1 + relativeVariance));
    }

    double squaredCv() {
        return second / (mean * mean) - 1;
    }

    double overallMean() {
        return (1 - zero) * mean;
    }
}
