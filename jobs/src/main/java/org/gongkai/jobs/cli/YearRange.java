package org.gongkai.jobs.cli;

/** The report years a generating command is given as {@code --years 2021-2023} (or one year, {@code 2023}). */
record YearRange(int first, int last) {

    /** Reads the option's value; a value that is not a forward range is a usage error naming it. */
    static YearRange parse(String years) {
        String[] range = years.split("-", 2);
        int first;
        int last;
        try {
            first = Integer.parseInt(range[0].strip());
            last = range.length == 2 ? Integer.parseInt(range[1].strip()) : first;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--years must be YEAR or FIRST-LAST, got: " + years);
        }
        if (last < first) {
            throw new IllegalArgumentException("--years must run forward (FIRST-LAST), got: " + years);
        }
        return new YearRange(first, last);
    }

    int count() {
        return last - first + 1;
    }
}
