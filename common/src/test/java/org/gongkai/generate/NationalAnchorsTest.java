package org.gongkai.generate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * FORMAT_SPEC §12 at full scale, from the numbers alone (nothing rendered): the national Σ of 行政复议 over
 * own reports is of order 10⁴ (about 25,000 in 2023), and summing the aggregates as well would double it.
 */
class NationalAnchorsTest {

    private static final int YEAR = 2023;

    @Test
    void reconsiderationCasesNationwideMatchTheOfficialOrder() {
        AgencyUniverse universe = AgencyUniverse.full();
        long own = 0;
        long requests = 0;
        long provinces = 0;
        for (UniverseAgency agency : universe.agencies()) {
            if (agency.isAggregate() && !agency.level().equals("province")) {
                continue;
            }
            YearValues values = AgencySeries.values(agency, universe, 1, YEAR).get(YEAR - AgencySeries.FIRST_YEAR);
            if (agency.isAggregate()) {
                provinces += values.appealTotal(0);
            } else {
                own += values.appealTotal(0);
                requests += values.newReceivedTotal();
            }
        }
        assertTrue(own > 18_000 && own < 35_000, "national Σ 行政复议 over own reports: " + own);
        assertTrue(requests > 300_000 && requests < 3_000_000, "new requests nationwide: " + requests);
        assertTrue(provinces < own && provinces > 0.9 * own,
                "the provinces' aggregates cover the own reports below the State Council, less the unsubmitted: "
                        + provinces + " vs " + own);
    }
}
