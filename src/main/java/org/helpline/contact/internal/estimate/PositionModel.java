package org.helpline.contact.internal.estimate;

/** The wait of a contact from its place in line (see {@link WaitTimeEstimator}). */
final class PositionModel {

    private PositionModel() {}

    /** A contact in line now: it waits for {@code position - free agents} completions. */
    static WaitLaw inLine(EstimateInputs in, double squaredCv) {
        int completions = in.position() - in.freeAgents();
        if (completions <= 0) {
            return WaitLaw.IMMEDIATE;
        }
        int agents = in.agents();
        double h = in.meanHandleSeconds();
        double gap = h / agents;
        int place = (completions - 1) % agents + 1;
        double c2 = Math.min(squaredCv, 2);
        double mean = gap * (completions - (1 - c2) * place / (agents + 1.0));
        double exponential = completions * gap * gap;
        double variance;
        if (c2 <= 1) {
            double uniform =
                    place * (agents + 1.0 - place) * h * h / ((agents + 1.0) * (agents + 1.0) * (agents + 2.0));
            variance = c2 * exponential + (1 - c2) * uniform;
        } else {
            variance = exponential * (1 + (c2 - 1) * Math.max(0, 1 - (double) agents / completions));
        }
        return WaitLaw.positive(mean, variance);
    }

    /**
     * A contact that joins the line {@code L} seconds from now: meanwhile the line moves by arrivals
     * minus completions, a random walk of mean {@code (λ - N/h)·L} and variance {@code (λ + N/h)·L}.
     * The completions it then waits for are the positive part of where the walk ends (normal
     * approximation), each an exponential {@code h/N}.
     */
    static WaitLaw drifted(EstimateInputs in) {
        double serviceRate = in.agents() / in.meanHandleSeconds();
        double drift = (in.arrivalRate() - serviceRate) * in.lookaheadSeconds();
        double spread = Math.sqrt((in.arrivalRate() + serviceRate) * in.lookaheadSeconds());
        double center = in.position() - in.freeAgents() + drift;
        double z = center / spread;
        double waits = Normal.cdf(z);
        if (waits < 1e-9) {
            return WaitLaw.IMMEDIATE;
        }
        double pdf = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
        double completions = (center * waits + spread * pdf) / waits;
        double squared = ((center * center + spread * spread) * waits + center * spread * pdf) / waits;
        double gap = 1 / serviceRate;
        return new WaitLaw(1 - waits, gap * completions, gap * gap * (completions + squared));
    }
}
