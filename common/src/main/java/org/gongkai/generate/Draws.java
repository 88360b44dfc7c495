package org.gongkai.generate;

import java.util.SplittableRandom;

/** Random counts: Poisson, binomial, multinomial and log-normal draws, exact for small numbers, approximate for large. */
final class Draws {

    private static final int EXACT_LIMIT = 40;

    private Draws() {
    }

    static long poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > EXACT_LIMIT) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= random.nextDouble();
            k++;
        }
        return k;
    }

    static long binomial(SplittableRandom random, long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n <= EXACT_LIMIT) {
            long k = 0;
            for (long i = 0; i < n; i++) {
                k += random.nextDouble() < p ? 1 : 0;
            }
            return k;
        }
        double mean = n * p;
        double sd = Math.sqrt(mean * (1 - p));
        return Math.max(0, Math.min(n, Math.round(mean + sd * random.nextGaussian())));
    }

    /** Splits n into the categories by their weights (any non-negative numbers), as conditional binomials. */
    static long[] multinomial(SplittableRandom random, long n, double[] weights) {
        long[] counts = new long[weights.length];
        double rest = 0;
        for (double w : weights) {
            rest += w;
        }
        int last = weights.length - 1;
        while (last > 0 && weights[last] <= 0) {
            last--;
        }
        long left = n;
        for (int i = 0; i <= last && left > 0; i++) {
            if (i == last || rest <= weights[i]) {
                counts[i] = left;
                break;
            }
            counts[i] = binomial(random, left, weights[i] / rest);
            left -= counts[i];
            rest -= weights[i];
        }
        return counts;
    }

    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }
}
