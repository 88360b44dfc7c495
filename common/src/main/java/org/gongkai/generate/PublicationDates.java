package org.gongkai.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When a report is published: departments (and townships, which follow their city's deadline) by 31 January,
 * governments' region-wide reports by 31 March of the next year (条例 Art. 49), bunched before the deadline.
 */
final class PublicationDates {

    private PublicationDates() {
    }

    static LocalDate deadline(UniverseAgency agency, int year) {
        return agency.isAggregate() ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** On time: most in the last two weeks, a few early in the window. */
    static LocalDate onTime(UniverseAgency agency, int year, SplittableRandom random) {
        LocalDate deadline = deadline(agency, year);
        long window = agency.isAggregate() ? 60 : 28;
        long daysBefore = Math.min(window, Math.round(-Math.log(1 - random.nextDouble()) * 7));
        return deadline.minusDays(daysBefore);
    }

    /** Late: one day to four months after the deadline. */
    static LocalDate late(UniverseAgency agency, int year, SplittableRandom random) {
        return deadline(agency, year).plusDays(1 + random.nextInt(120));
    }
}
