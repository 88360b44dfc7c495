package org.gongkai.jobs.report;

/** A value axis from 0 to a round maximum (1, 2 or 5 × 10ⁿ; shares stop at 100 %), with evenly spaced ticks. */
record Axis(double max, int ticks, boolean percent) {

    static Axis counts(double largest) {
        return new Axis(roundUp(largest), 4, false);
    }

    static Axis shares(double largest) {
        return new Axis(Math.min(1, roundUp(largest)), 4, true);
    }

    private static double roundUp(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The value of tick {@code i} (0 … ticks). */
    double tick(int i) {
        return max * i / ticks;
    }

    String label(double value) {
        return percent ? Html.number(value * 100) + "%" : Html.count(Math.round(value));
    }

    /** The fraction of the axis a value covers (0 … 1). */
    double scale(double value) {
        return Math.max(0, Math.min(1, value / max));
    }
}
