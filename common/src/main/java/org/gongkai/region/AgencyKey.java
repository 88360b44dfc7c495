package org.gongkai.region;

import java.util.List;

/**
 * The same agency across years: its region code and its name without the leading names of its region and the
 * regions above. A report printed as 淮安市洪泽区人民政府 one year and 洪泽区人民政府 the next (region 320813) is
 * one agency: 320813-人民政府. Without a known region the name stands alone.
 */
public final class AgencyKey {

    private final RegionRegistry registry;

    public AgencyKey(RegionRegistry registry) {
        this.registry = registry;
    }

    public String of(String regionCode, String agencyName) {
        String name = agencyName == null ? "" : agencyName.strip();
        if (regionCode == null) {
            return "-" + name;
        }
        List<Region> path = registry.find(regionCode).map(registry::path).orElse(List.of());
        String rest = name;
        for (Region region : path) {
            if (rest.startsWith(region.name()) && rest.length() > region.name().length()) {
                rest = rest.substring(region.name().length());
            }
        }
        return regionCode + "-" + rest;
    }
}
