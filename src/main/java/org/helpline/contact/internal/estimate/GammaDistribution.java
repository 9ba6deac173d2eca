package org.helpline.contact.internal.estimate;

/**
 * The gamma distribution by shape and scale: the law of the time until the m-th of a stream of
 * completions, and the two-moment fit used for every wait. The regularized incomplete gamma
 * function follows the series and continued fraction of Numerical Recipes (6.2); quantiles start
 * from the Wilson-Hilferty approximation and are polished by safeguarded Newton steps.
 */
record GammaDistribution(double shape, double scale) {

    private static final int MAX_ITERATIONS = 500;
    private static final double EPSILON = 1e-12;
    /** Above this shape Wilson-Hilferty alone is within 0.1% of the quantile. */
    private static final double LARGE_SHAPE = 20;

    public GammaDistribution {
        if (!(shape > 0) || !(scale > 0) || Double.isInfinite(shape) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("A gamma distribution needs a positive shape and scale");
        }
    }

    /** The gamma distribution with this mean and squared coefficient of variation (variance / mean²). */
    public static GammaDistribution withMean(double mean, double squaredCv) {
        return new GammaDistribution(1 / squaredCv, mean * squaredCv);
    }

    public double mean() {
        return shape * scale;
    }

    public double cdf(double x) {
        return x <= 0 ? 0 : regularizedLower(shape, x / scale);
    }

    public double density(double x) {
        if (x <= 0) {
            return 0;
        }
        double z = x / scale;
        return Math.exp((shape - 1) * Math.log(z) - z - logGamma(shape)) / scale;
    }

    /** The x with {@code cdf(x) = p}, for 0 <= p < 1. */
    public double quantile(double p) {
        if (p <= 0) {
            return 0;
        }
        if (shape > LARGE_SHAPE) {
            return Math.max(0, wilsonHilferty(p));
        }
        double low = 0;
        double high = Math.max(mean() * 4, scale);
        while (cdf(high) < p) {
            low = high;
            high *= 2;
        }
        double x = Math.min(Math.max(wilsonHilferty(p), low), high);
        for (int i = 0; i < 60; i++) {
            double error = cdf(x) - p;
            if (Math.abs(error) < 1e-7) {
                return x;
            }
            if (error > 0) {
                high = x;
            } else {
                low = x;
            }
            double density = density(x);
            double next = density > 0 ? x - error / density : Double.NaN;
            x = next > low && next < high ? next : (low + high) / 2;
        }
        return x;
    }

    private double wilsonHilferty(double p) {
        double z = Normal.quantile(p);
        double c = 1 / (9 * shape);
        double cube = 1 - c + z * Math.sqrt(c);
        return cube <= 0 ? mean() * p : shape * scale * cube * cube * cube;
    }

    static double regularizedLower(double a, double x) {
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < MAX_ITERATIONS && Math.abs(term) > Math.abs(sum) * EPSILON; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - logGamma(a)));
        }
        return 1 - upperContinuedFraction(a, x);
    }

    private static double upperContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Lanczos approximation (g = 7, n = 9), accurate to about 15 digits for positive arguments. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double[] g = {
            0.99999999999980993,
            676.5203681218851,
            -1259.1392167224028,
            771.32342877765313,
            -176.61502916214059,
            12.507343278686905,
            -0.13857109526572012,
            9.9843695780195716e-6,
            1.5056327351493116e-7
        };
        double z = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
