package org.helpline.contact.internal.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The published range and the honest "no estimate" on sparse data. */
class WaitTimeEstimatorTests {

    private final WaitTimeEstimator estimator = new WaitTimeEstimator(EstimatorSettings.DEFAULTS);

    private static EstimateInputs inLine(int completed, double cv, int agents, int free, int position) {
        return new EstimateInputs(30, 3600, completed, 360, cv, agents, free, position, 0);
    }

    @Test
    void fewerThanTenCompletedContactsGiveNoEstimate() {
        var estimate = estimator.estimate(inLine(9, 1, 5, 0, 3));

        assertThat(estimate.available()).isFalse();
        assertThat(estimate.reason()).isEqualTo(NoEstimateReason.TOO_FEW_COMPLETED_CONTACTS);
        assertThat(WaitWords.of(estimate).key()).isEqualTo("contact.wait.none");
    }

    @Test
    void noAgentSignedInGivesNoEstimate() {
        assertThat(estimator.estimate(inLine(50, 1, 0, 0, 1)).reason()).isEqualTo(NoEstimateReason.NO_AGENTS);
    }

    @Test
    void phoneCallsNeedArrivalsForTheSteadyState() {
        var sparse = new EstimateInputs(4, 3600, 50, 360, 1, 5, 1, 0, 0);
        var overloaded = new EstimateInputs(60, 3600, 50, 360, 1, 5, 0, 0, 0);

        assertThat(estimator.estimate(sparse).reason()).isEqualTo(NoEstimateReason.TOO_FEW_ARRIVALS);
        assertThat(estimator.estimate(overloaded).reason()).isEqualTo(NoEstimateReason.OVERLOADED);
    }

    @Test
    void aFreeAgentMeansLessThanAMinute() {
        var estimate = estimator.estimate(inLine(50, 1, 5, 2, 1));

        assertThat(estimate.pointSeconds()).isZero();
        assertThat(estimate.lowSeconds()).isZero();
        assertThat(estimate.highSeconds()).isEqualTo(30);
        assertThat(WaitWords.of(estimate).key()).isEqualTo("contact.wait.under-minute");
    }

    @Test
    void theRangeHoldsThePointAndGrowsWithThePlaceInLine() {
        var first = estimator.estimate(inLine(100, 1, 5, 0, 1));
        var tenth = estimator.estimate(inLine(100, 1, 5, 0, 10));

        assertThat(first.pointSeconds()).isBetween((double) first.lowSeconds(), (double) first.highSeconds());
        assertThat(tenth.pointSeconds()).isBetween((double) tenth.lowSeconds(), (double) tenth.highSeconds());
        assertThat(tenth.pointSeconds()).isGreaterThan(first.pointSeconds() * 5);
        assertThat(relativeWidth(first)).isGreaterThan(relativeWidth(tenth));
    }

    @Test
    void theRangeIsWiderOnThinData() {
        var thin = estimator.estimate(inLine(10, 1.5, 5, 0, 10));
        var rich = estimator.estimate(inLine(100, 1.5, 5, 0, 10));

        assertThat(thin.highSeconds() - thin.lowSeconds()).isGreaterThan(rich.highSeconds() - rich.lowSeconds());
    }

    @Test
    void steadierHandleTimesGiveTighterRanges() {
        var steady = estimator.estimate(inLine(100, 0.1, 10, 0, 15));
        var erratic = estimator.estimate(inLine(100, 1.5, 10, 0, 15));

        assertThat(steady.highSeconds() - steady.lowSeconds()).isLessThan(erratic.highSeconds() - erratic.lowSeconds());
    }

    @Test
    void thePaneBlendsInTheSteadyStateAndPhoneUsesItAlone() {
        var pane = estimator.estimate(new EstimateInputs(40, 3600, 100, 360, 1, 5, 0, 3, 120));
        var phone = estimator.estimate(new EstimateInputs(40, 3600, 100, 360, 1, 5, 0, 0, 0));

        assertThat(pane.steadyStateWeight()).isBetween(0.0, 1.0).isPositive();
        assertThat(phone.steadyStateWeight()).isEqualTo(1.0);
        assertThat(phone.probabilityOfWaiting()).isEqualTo(ErlangC.probabilityOfWaiting(5, 4));
    }

    @Test
    void publishedRangesAreRoundedOutwardToReadableSteps() {
        assertThat(PublishedRange.outward(12, 100)).containsExactly(0, 120);
        assertThat(PublishedRange.outward(610, 1290)).containsExactly(600, 1320);
        assertThat(PublishedRange.outward(2000, 4000)).containsExactly(1800, 4200);
    }

    @Test
    void wordsSayMinutesOrHours() {
        assertThat(words(600, 1200)).isEqualTo("contact.wait.minutes [10, 20]");
        assertThat(words(0, 300)).isEqualTo("contact.wait.up-to-minutes [5]");
        assertThat(words(7200, 10800)).isEqualTo("contact.wait.hours [2, 3]");
        assertThat(words(0, 9000)).isEqualTo("contact.wait.up-to-hours [3]");
    }

    private static String words(long low, long high) {
        var words = WaitWords.of(new WaitEstimate(null, low, low, low, high, Double.NaN, 0));
        return words.key() + " " + java.util.Arrays.toString(words.args());
    }

    private static double relativeWidth(WaitEstimate estimate) {
        return (estimate.highSeconds() - estimate.lowSeconds()) / estimate.pointSeconds();
    }
}
