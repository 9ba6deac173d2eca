package org.helpline.benchmarks;

import java.util.SplittableRandom;

/**
 * One simulated queue: {@code agents} on the roster, each on duty for exponential spells (mean
 * {@link #ON_DUTY_SECONDS}) and away in between (mean {@link #AWAY_SECONDS}); the arrival rate
 * makes {@code utilization} the load per agent on duty on average.
 */
record WaitTimeScenario(HandleTimeLaw law, int agents, double utilization, long seed) {

    static final double HANDLE_SECONDS = 360;
    static final double ON_DUTY_SECONDS = 5400;
    static final double AWAY_SECONDS = 600;

    double arrivalRate() {
        double onDuty = ON_DUTY_SECONDS / (ON_DUTY_SECONDS + AWAY_SECONDS);
        return utilization * agents * onDuty / HANDLE_SECONDS;
    }

    /** Handle-time distributions with mean {@link #HANDLE_SECONDS}. */
    enum HandleTimeLaw {
        EXPONENTIAL,
        LOGNORMAL_CV_1_5,
        STEADY_CV_0_1;

        double draw(SplittableRandom random) {
            return switch (this) {
                case EXPONENTIAL -> -HANDLE_SECONDS * Math.log(1 - random.nextDouble());
                case LOGNORMAL_CV_1_5 -> lognormal(random, 1.5);
                case STEADY_CV_0_1 -> lognormal(random, 0.1);
            };
        }

        private static double lognormal(SplittableRandom random, double cv) {
            double variance = Math.log(1 + cv * cv);
            double mu = Math.log(HANDLE_SECONDS) - variance / 2;
            return Math.exp(mu + Math.sqrt(variance) * gaussian(random));
        }

        private static double gaussian(SplittableRandom random) {
            double u = 1 - random.nextDouble();
            double v = random.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        }
    }
}
