package org.helpline.contact.internal.estimate;

/**
 * Estimates one contact's wait from live queue data, as a range.
 *
 * <p>Every model gives a wait that is zero with some probability (an agent is free when the
 * contact joins) and otherwise positive; the positive part is described by its first two moments.
 * The position model: a contact at place {@code k} with {@code f} agents free waits for {@code m =
 * k - f} completions among {@code N} busy agents; with exponential handle times that time is
 * gamma(m, h/N), and with steadier handle times (CV below 1) it tends to the order statistics of
 * uniform residual times, which is earlier and tighter. For a contact that joins {@code L}
 * seconds from now (the contact pane before filing) the line first moves as a random walk (see
 * {@link PositionModel}). The steady state: Erlang C, with the Allen-Cunneen factor {@code (1 +
 * cv²) / 2} for general handle times. A contact in line uses the position; a phone call, whose
 * line we cannot see, uses the steady state; the pane weighs the steady state by {@code 1 -
 * exp(-L / τ)}, τ being Whitt's relaxation time {@code h / (√N - √A)²} after which the present
 * line says little about the future one.
 *
 * <p>The positive part is fitted to a gamma distribution whose variance also carries the
 * uncertainty of the data: the mean handle time of n contacts is off by a relative variance of
 * cv²/n, plus {@link EstimatorSettings#modelError()} and, for agents going away or coming back,
 * {@link EstimatorSettings#staffingError()} / N². The point estimate is the median; the published
 * range is the shortest interval holding {@link EstimatorSettings#coverage()} of the
 * distribution, rounded outward; so it is wide for the first places in line (few completions to
 * wait for) and on thin data.
 */
public final class WaitTimeEstimator {

    private static final double MAX_SQUARED_CV = 4;

    private final EstimatorSettings settings;

    public WaitTimeEstimator(EstimatorSettings settings) {
        this.settings = settings;
    }

    public WaitEstimate estimate(EstimateInputs in) {
        if (in.agents() < 1) {
            return WaitEstimate.none(NoEstimateReason.NO_AGENTS);
        }
        if (in.completedContacts() < settings.minCompletedContacts()) {
            return WaitEstimate.none(NoEstimateReason.TOO_FEW_COMPLETED_CONTACTS);
        }
        double squaredCv = Math.min(in.handleCv() * in.handleCv(), MAX_SQUARED_CV);
        boolean steady = in.arrivals() >= settings.minArrivals() && in.erlangs() < in.agents();
        if (in.position() == 0 && !steady) {
            return WaitEstimate.none(
                    in.arrivals() < settings.minArrivals()
                            ? NoEstimateReason.TOO_FEW_ARRIVALS
                            : NoEstimateReason.OVERLOADED);
        }
        double weight = steady ? steadyWeight(in) : 0;
        var steadyState = steady ? steadyState(in, squaredCv) : WaitLaw.IMMEDIATE;
        var position = in.position() == 0 ? WaitLaw.IMMEDIATE : PositionModel.inLine(in, squaredCv);
        var ahead = in.lookaheadSeconds() > 0 && in.position() > 0 && in.arrivals() >= settings.minArrivals()
                ? PositionModel.drifted(in)
                : position;
        double uncertainty = squaredCv / in.completedContacts()
                + settings.modelError()
                + settings.staffingError() / ((double) in.agents() * in.agents());
        var ranged = ahead.blend(steadyState, weight).inflated(uncertainty);
        var pointed = in.position() == 0 ? ranged : position.inflated(uncertainty);
        double pWait = steady ? ErlangC.probabilityOfWaiting(in.agents(), in.erlangs()) : Double.NaN;
        return publish(median(pointed), ranged, pWait, weight);
    }

    /**
     * The point is the median of the line as it is now: before filing, the line is as likely to
     * grow as to shrink, so its drift and the steady state widen the range but do not move the point
     * (the simulation confirms it). Both carry the uncertainty of the inputs: waits run longer when
     * an agent leaves, so the median of the wider law is the better point.
     */
    private WaitEstimate publish(double point, WaitLaw law, double pWait, double weight) {
        double coverage = settings.coverage();
        if (law.zero() >= coverage || law.mean() < 1e-6) {
            long[] range = PublishedRange.outward(0, 0);
            return new WaitEstimate(null, point, law.overallMean(), range[0], range[1], pWait, weight);
        }
        double[] interval = interval(law.zero(), gamma(law), coverage);
        long[] range = PublishedRange.outward(interval[0], interval[1]);
        return new WaitEstimate(null, point, law.overallMean(), range[0], range[1], pWait, weight);
    }

    private static double median(WaitLaw law) {
        if (law.zero() >= 0.5 || law.mean() < 1e-6) {
            return 0;
        }
        return gamma(law).quantile((0.5 - law.zero()) / (1 - law.zero()));
    }

    private static GammaDistribution gamma(WaitLaw law) {
        return GammaDistribution.withMean(law.mean(), Math.min(Math.max(law.squaredCv(), 1e-4), 50));
    }

    /** The shorter of: from 0 (holding the zero waits), or the shortest interval of the positive part alone. */
    private static double[] interval(double zero, GammaDistribution positive, double coverage) {
        var fromZero = new double[] {0, positive.quantile((coverage - zero) / (1 - zero))};
        double positiveCoverage = coverage / (1 - zero);
        if (positiveCoverage >= 0.995) {
            return fromZero;
        }
        var apart = shortestInterval(positive, positiveCoverage);
        return apart[1] - apart[0] < fromZero[1] ? apart : fromZero;
    }

    private static WaitLaw steadyState(EstimateInputs in, double squaredCv) {
        double pWait = ErlangC.probabilityOfWaiting(in.agents(), in.erlangs());
        double scale = in.meanHandleSeconds() / (in.agents() - in.erlangs()) * (1 + squaredCv) / 2;
        return new WaitLaw(1 - pWait, scale, 2 * scale * scale);
    }

    private static double steadyWeight(EstimateInputs in) {
        if (in.position() == 0) {
            return 1;
        }
        if (in.lookaheadSeconds() == 0) {
            return 0;
        }
        double root = Math.sqrt(in.agents()) - Math.sqrt(in.erlangs());
        double relaxation = in.meanHandleSeconds() / (root * root);
        return 1 - Math.exp(-in.lookaheadSeconds() / relaxation);
    }

    /** The shortest [low, high] with probability {@code coverage}; it starts at 0 when the density only falls. */
    static double[] shortestInterval(GammaDistribution distribution, double coverage) {
        if (distribution.shape() <= 1) {
            return new double[] {0, distribution.quantile(coverage)};
        }
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = 0;
        double b = 1 - coverage;
        for (int i = 0; i < 14; i++) {
            double left = b - ratio * (b - a);
            double right = a + ratio * (b - a);
            if (width(distribution, left, coverage) <= width(distribution, right, coverage)) {
                b = right;
            } else {
                a = left;
            }
        }
        double tail = (a + b) / 2;
        return new double[] {distribution.quantile(tail), distribution.quantile(tail + coverage)};
    }

    private static double width(GammaDistribution distribution, double tail, double coverage) {
        return distribution.quantile(tail + coverage) - distribution.quantile(tail);
    }
}
