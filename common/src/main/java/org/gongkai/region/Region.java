package org.gongkai.region;

import java.util.Objects;
import java.util.Set;

/**
 * One administrative division as NBS lists it.
 *
 * @param code       2, 4, 6 or 9 digits according to {@code level}
 * @param name       the official name, as published
 * @param parentCode the code of the unit directly above; {@code null} for a province
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    /** NBS fills the prefecture level of municipalities and of directly administered counties with these. */
    private static final Set<String> PLACEHOLDER_NAMES =
            Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (code.length() != level.codeLength()) {
            throw new IllegalArgumentException(level + " code must have " + level.codeLength() + " digits: " + code);
        }
        if ((level == RegionLevel.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException("a province has no parent, every other region has one: " + code);
        }
    }

    /**
     * A prefecture-level row that is no place (市辖区, 县, 省直辖县级行政区划): it only fills the level
     * between a province and its counties. It has a code but no name to resolve by.
     */
    public boolean isPlaceholder() {
        return level == RegionLevel.PREFECTURE && PLACEHOLDER_NAMES.contains(name);
    }

    /**
     * A county-level functional zone (5th code digit 7: development zones, new areas). A real unit with its
     * own code, but its name is an institution's name, not a standard place name.
     */
    public boolean isFunctionalZone() {
        return level == RegionLevel.COUNTY && code.charAt(4) == '7';
    }

    /**
     * A township-level unit that is not a town, township or subdistrict (codes 400-599 of the township
     * segment: development zones, farms, forestry bureaus), the township counterpart of a functional zone.
     */
    public boolean isTownshipLikeUnit() {
        return level == RegionLevel.TOWNSHIP && (code.charAt(6) == '4' || code.charAt(6) == '5');
    }

    /** Whether the name is a standard place name, i.e. one that may also be written without its suffix. */
    public boolean hasStandardPlaceName() {
        return !isPlaceholder() && !isFunctionalZone() && !isTownshipLikeUnit();
    }
}
