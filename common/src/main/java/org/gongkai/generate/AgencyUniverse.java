package org.gongkai.generate;

import org.gongkai.region.Region;
import org.gongkai.region.RegionLevel;
import org.gongkai.region.RegionRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every agency that publishes an annual report: the State Council departments; each province, prefecture and
 * county government (its region-wide aggregate report) with its departments; and the townships and
 * subdistricts that publish. Built from the region registry; the full country is order 10⁵ agencies.
 * A sample keeps whole counties (government, departments, townships) with the governments above them, so a
 * kept aggregate report always has its parts.
 */
public final class AgencyUniverse {

    private static final Map<String, AgencyUniverse> SAMPLES = new ConcurrentHashMap<>();

    private final List<UniverseAgency> agencies;
    /** The county (6-digit code) whose sampling decides an agency's presence; absent for agencies above counties. */
    private final Map<String, String> countyOf;
    private final Map<String, UniverseAgency> byId = new HashMap<>();
    private final Map<String, List<UniverseAgency>> ownByRegion = new HashMap<>();

    private AgencyUniverse(List<UniverseAgency> agencies, Map<String, String> countyOf) {
        this.agencies = List.copyOf(agencies);
        this.countyOf = countyOf;
        for (UniverseAgency a : this.agencies) {
            byId.put(a.id(), a);
            if (!a.isAggregate() && a.regionCode() != null) {
                for (int length : new int[] {2, 4, 6}) {
                    if (a.regionCode().length() >= length) {
                        ownByRegion.computeIfAbsent(a.regionCode().substring(0, length), k -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
    }

    /** The whole country, built once per JVM. */
    public static AgencyUniverse full() {
        return Full.INSTANCE;
    }

    /** The sample for (seed, scale), built once per JVM: what each Spark executor works from. */
    public static AgencyUniverse of(long seed, double scale) {
        return scale >= 1 ? full() : SAMPLES.computeIfAbsent(seed + "/" + scale, k -> full().sample(seed, scale));
    }

    private static final class Full {
        static final AgencyUniverse INSTANCE = build(RegionRegistry.standard(), AgencyNames.standard());
    }

    public List<UniverseAgency> agencies() {
        return agencies;
    }

    public int size() {
        return agencies.size();
    }

    public Optional<UniverseAgency> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The own-scope agencies inside an aggregate report's region: what its figures summarize. */
    public List<UniverseAgency> partsOf(UniverseAgency aggregate) {
        return ownByRegion.getOrDefault(aggregate.regionCode(), List.of());
    }

    /**
     * The smallest scale whose sample gives at least {@code reports} reports over {@code years} years (the whole
     * country if it has fewer): samples grow with the scale, so a bisection finds it.
     */
    public static double scaleFor(long seed, long reports, int years) {
        if ((long) full().size() * years <= reports) {
            return 1;
        }
        double low = 0;
        double high = 1;
        for (int i = 0; i < 30; i++) {
            double mid = (low + high) / 2;
            if ((long) full().sample(seed, mid).size() * years >= reports) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * Keeps the counties whose draw falls under the scale, with their departments and townships, the
     * governments above them, and the same fraction of the State Council, provincial and prefectural departments.
     */
    public AgencyUniverse sample(long seed, double scale) {
        Map<String, Boolean> countyKept = new HashMap<>();
        for (String county : countyOf.values()) {
            countyKept.computeIfAbsent(county, c -> Seeds.unit(seed, "county", c) < scale);
        }
        java.util.Set<String> keptRegions = new java.util.HashSet<>();
        countyKept.forEach((county, keep) -> {
            if (keep) {
                keptRegions.addAll(List.of(county.substring(0, 2), county.substring(0, 4), county));
            }
        });
        java.util.Set<String> keptIds = new java.util.HashSet<>();
        List<UniverseAgency> kept = new ArrayList<>();
        for (UniverseAgency a : agencies) {
            String county = countyOf.get(a.id());
            boolean keep;
            if (county != null) {
                keep = countyKept.get(county);
            } else if (a.isAggregate()) {
                keep = keptRegions.contains(a.regionCode());
            } else {
                keep = Seeds.unit(seed, "agency", a.id()) < scale
                        && (a.regionCode() == null || keptIds.contains("gov-" + a.regionCode()));
            }
            if (keep) {
                kept.add(a);
                keptIds.add(a.id());
            }
        }
        Map<String, String> keptCounties = new LinkedHashMap<>();
        kept.forEach(a -> Optional.ofNullable(countyOf.get(a.id())).ifPresent(c -> keptCounties.put(a.id(), c)));
        return new AgencyUniverse(kept, keptCounties);
    }

    static AgencyUniverse build(RegionRegistry registry, AgencyNames names) {
        Builder builder = new Builder(registry, names);
        names.departments("national").forEach(builder::national);
        sorted(registry.all(RegionLevel.PROVINCE)).forEach(builder::province);
        return new AgencyUniverse(builder.agencies, builder.countyOf);
    }

    private static List<Region> sorted(List<Region> regions) {
        return regions.stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    /** Walks the registry from provinces down to townships, adding each level's agencies in code order. */
    private static final class Builder {
        private final RegionRegistry registry;
        private final AgencyNames names;
        private final List<UniverseAgency> agencies = new ArrayList<>();
        private final Map<String, String> countyOf = new LinkedHashMap<>();

        Builder(RegionRegistry registry, AgencyNames names) {
            this.registry = registry;
            this.names = names;
        }

        void national(DepartmentSpec d) {
            agencies.add(new UniverseAgency("nat-" + d.key(), d.name(), "national", "own", null, "00", "中华人民共和国",
                    d.name(), d.weight()));
        }

        void province(Region province) {
            boolean municipality = names.isMunicipality(province.code());
            List<DepartmentSpec> departments = names.departments(municipality ? "prefecture" : "province");
            if (municipality) {
                departments = withOffice(departments, names.municipalityOffice());
            }
            government(province, "province", departments, false, province.code());
            for (Region prefecture : sorted(registry.children(province))) {
                if (!prefecture.isPlaceholder()) {
                    government(prefecture, "prefecture", names.departments("prefecture"), false, province.code());
                }
                sorted(registry.children(prefecture)).forEach(c -> county(c, province.code()));
            }
        }

        private void county(Region county, String provinceCode) {
            int before = agencies.size();
            boolean pseudo = county.code().endsWith("00");
            if (!pseudo) {
                boolean zone = county.isFunctionalZone();
                government(county, "county", names.departments(zone ? "functional_zone" : "county"), zone, provinceCode);
            }
            double share = names.townshipPublishShare(provinceCode);
            for (Region township : sorted(registry.children(county))) {
                Optional<String> suffix = names.townshipSuffix(township.name());
                if (suffix.isPresent() && !township.isTownshipLikeUnit()
                        && Seeds.unit(0, "publishes", township.code()) < share) {
                    agencies.add(new UniverseAgency("twp-" + township.code(), township.name() + suffix.get(), "township",
                            "own", township.code(), provinceCode, township.name(), township.name() + suffix.get(), 1.0));
                }
            }
            for (int i = before; i < agencies.size(); i++) {
                countyOf.put(agencies.get(i).id(), county.code());
            }
        }

        private void government(Region region, String level, List<DepartmentSpec> departments, boolean zone,
                                String provinceCode) {
            String government = region.name() + names.governmentSuffix(region.name(), zone);
            String office = region.name() + departments.get(0).name();
            agencies.add(new UniverseAgency("gov-" + region.code(), government, level, "aggregate", region.code(),
                    provinceCode, region.name(), office, 1.0));
            for (DepartmentSpec d : departments) {
                String id = "dep-" + region.code() + "-" + d.key();
                if (d.share() >= 1 || Seeds.unit(0, "department", id) < d.share()) {
                    String name = region.name() + d.name();
                    agencies.add(new UniverseAgency(id, name, level, "own", region.code(), provinceCode, region.name(),
                            name, d.weight()));
                }
            }
        }

        private static List<DepartmentSpec> withOffice(List<DepartmentSpec> departments, String officeName) {
            List<DepartmentSpec> out = new ArrayList<>(departments);
            DepartmentSpec office = out.get(0);
            out.set(0, new DepartmentSpec(office.key(), officeName, office.weight(), office.share()));
            return out;
        }
    }
}
