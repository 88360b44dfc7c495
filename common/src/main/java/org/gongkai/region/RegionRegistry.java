package org.gongkai.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All divisions from provinces to townships, indexed by code, parent and name. Immutable, so one instance
 * is shared by every thread.
 */
public final class RegionRegistry {

    private final Map<String, Region> byCode = new HashMap<>();
    private final Map<String, List<Region>> childrenByCode = new HashMap<>();
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<RegionLevel, List<Region>> byLevel = new EnumMap<>(RegionLevel.class);

    /** The NBS 2023 divisions shipped in the jar (data/regions/), loaded on first use. */
    public static RegionRegistry standard() {
        return Standard.INSTANCE;
    }

    /** Holder idiom: the JVM loads the data once, lazily and thread-safely. */
    private static final class Standard {
        static final RegionRegistry INSTANCE = new RegionRegistry(RegionCsv.readStandardRegions());
    }

    /** Fails on a duplicate code or a region whose parent is missing or not one level up. */
    public RegionRegistry(Collection<Region> unordered) {
        List<Region> regions = unordered.stream().sorted(Comparator.comparing(Region::code)).toList();
        for (RegionLevel level : RegionLevel.values()) {
            byLevel.put(level, new ArrayList<>());
        }
        for (Region region : regions) {
            if (byCode.putIfAbsent(region.code(), region) != null) {
                throw new IllegalArgumentException("duplicate region code " + region.code());
            }
            byLevel.get(region.level()).add(region);
            if (!region.isPlaceholder()) {
                byName.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
            }
        }
        for (Region region : regions) {
            if (region.parentCode() != null) {
                Region parent = byCode.get(region.parentCode());
                if (parent == null || parent.level() != region.level().parentLevel().orElseThrow()) {
                    throw new IllegalArgumentException("region " + region.code() + " has no "
                            + region.level().parentLevel().orElseThrow() + " parent " + region.parentCode());
                }
                childrenByCode.computeIfAbsent(parent.code(), k -> new ArrayList<>()).add(region);
            }
        }
    }

    /**
     * The region with this code. Codes padded with zeros are accepted too (NBS 12 digits, GB/T 2260
     * 6 digits: "610100" → 西安市); an exact match wins, so "441900" is the county 东莞市, not the prefecture.
     */
    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String candidate = code.strip();
        while (candidate != null) {
            Region region = byCode.get(candidate);
            if (region != null) {
                return Optional.of(region);
            }
            candidate = withoutZeroPadding(candidate);
        }
        return Optional.empty();
    }

    /** 610115020000 → 610115020, 610100 → 6101, 6100 → 61; null when nothing more can be cut. */
    private static String withoutZeroPadding(String code) {
        int shorter = switch (code.length()) {
            case 12 -> 9;
            case 9 -> 6;
            case 6 -> 4;
            case 4 -> 2;
            default -> -1;
        };
        if (shorter < 0) {
            return null;
        }
        for (int i = shorter; i < code.length(); i++) {
            if (code.charAt(i) != '0') {
                return null;
            }
        }
        return code.substring(0, shorter);
    }

    public Optional<Region> parent(Region region) {
        return region.parentCode() == null ? Optional.empty() : Optional.of(byCode.get(region.parentCode()));
    }

    /** The regions directly below, in code order. */
    public List<Region> children(Region region) {
        return Collections.unmodifiableList(childrenByCode.getOrDefault(region.code(), List.of()));
    }

    /** The regions above, province first, including placeholders (610115020 → 61, 6101, 610115). */
    public List<Region> ancestors(Region region) {
        List<Region> ancestors = new ArrayList<>(3);
        for (Region r = parent(region).orElse(null); r != null; r = parent(r).orElse(null)) {
            ancestors.add(0, r);
        }
        return ancestors;
    }

    /** {@link #ancestors} followed by the region itself. */
    public List<Region> path(Region region) {
        List<Region> path = ancestors(region);
        path.add(region);
        return path;
    }

    /** Whether {@code region} is the region {@code code} or lies below it. */
    public boolean isWithin(Region region, String code) {
        for (Region r = region; r != null; r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            if (r.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** Every region with exactly this official name, at any level; placeholders (市辖区, 县) are not names. */
    public List<Region> byName(String name) {
        return Collections.unmodifiableList(byName.getOrDefault(name, List.of()));
    }

    /** All regions of a level, in code order. */
    public List<Region> all(RegionLevel level) {
        return Collections.unmodifiableList(byLevel.get(level));
    }

    public int size() {
        return byCode.size();
    }
}
