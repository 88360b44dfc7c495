package org.gongkai.jobs.report;

/** The report's colours: one per series, distinguishable in print and for the common colour blindnesses. */
final class Palette {

    private static final String[] SERIES = {"#4477aa", "#66ccee", "#ee6677", "#ccbb44", "#aa3377", "#bbbbbb",
            "#228833", "#444444"};

    private Palette() {
    }

    static String series(int index) {
        return SERIES[index % SERIES.length];
    }

    /** The heat table's cell colour for a share between 0 (white) and 1 (deep red). */
    static String heat(double share) {
        double clamped = Math.max(0, Math.min(1, share));
        return "rgba(204,51,17," + Html.number(0.08 + 0.82 * clamped) + ")";
    }
}
