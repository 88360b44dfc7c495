package org.gongkai.generate;

import java.util.SplittableRandom;

/**
 * What an agency carries from one year to the next: requests carried forward per applicant column, the stocks
 * of regulations and normative documents, the 2019 format's item stocks, and its persistent traits.
 */
final class SeriesState {

    final long[] carriedForward = new long[YearValues.APPLICANTS.size()];
    final long[] stocks = new long[Quantity.values().length];
    final double activity;
    final boolean makesRegulations;
    final boolean licenses;
    final boolean otherServices;
    final boolean penalizes;
    final boolean coerces;
    final boolean chargesFees;

    SeriesState(UniverseAgency agency, SplittableRandom random) {
        boolean township = agency.level().equals("township");
        activity = agency.weight() * Draws.logNormal(random, 1, 0.9);
        makesRegulations = agency.level().equals("national")
                || agency.id().endsWith("-office") && (agency.level().equals("province") || agency.level().equals("prefecture"));
        licenses = random.nextDouble() < (township ? 0.3 : 0.6);
        otherServices = random.nextDouble() < 0.5;
        penalizes = random.nextDouble() < (township ? 0.3 : 0.5);
        coerces = penalizes && random.nextDouble() < 0.5;
        chargesFees = !township && random.nextDouble() < 0.35;
    }

    long stock(Quantity q) {
        return stocks[q.ordinal()];
    }

    void setStock(Quantity q, long value) {
        stocks[q.ordinal()] = value;
    }
}
