package org.gongkai.generate;

import java.util.Map;

/**
 * How busy an agency of a level is. Request volumes are log-normal around {@code medianRequests} (times the
 * department's weight and the agency's own persistent activity), with a share of years with no request at all.
 *
 * @param zeroShare       chance that an agency receives no request in a year
 * @param medianRequests  median new requests in a year with requests, for a department of weight 1
 * @param naturalShare    share of requests from natural persons (自然人)
 * @param forwardShare    share of the year's open requests carried to the next year
 * @param normativeIssued mean normative documents issued per year
 * @param decisionsMedian median licensing decisions per year of an agency that licenses
 * @param amountFactor    multiplier of fee and procurement amounts
 */
record LevelProfile(double zeroShare, double medianRequests, double naturalShare, double forwardShare,
                    double normativeIssued, double decisionsMedian, double amountFactor) {

    private static final Map<String, LevelProfile> BY_LEVEL = Map.of(
            "national", new LevelProfile(0.05, 340, 0.70, 0.08, 6, 3000, 20),
            "province", new LevelProfile(0.12, 26, 0.80, 0.06, 4, 800, 5),
            "prefecture", new LevelProfile(0.20, 10.4, 0.85, 0.05, 3, 400, 2),
            "county", new LevelProfile(0.35, 4.5, 0.88, 0.04, 2, 150, 1),
            "township", new LevelProfile(0.78, 2, 0.92, 0.02, 0.3, 10, 0.1));

    static LevelProfile of(String level) {
        LevelProfile profile = BY_LEVEL.get(level);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for level " + level);
        }
        return profile;
    }
}
