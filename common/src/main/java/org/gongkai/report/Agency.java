package org.gongkai.report;

/**
 * The publishing agency.
 *
 * @param regionCode the deepest GB/T 2260 / NBS code known (2, 4, 6 or 9 digits), or null
 * @param level      national, province, prefecture, county, township or unknown
 * @param scope      own (its own work), aggregate (a region-wide summary) or unknown
 */
public record Agency(String name, String regionCode, String level, String scope) {
}
