package org.gongkai.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the region named in free text (an agency name, a report title). It reads the longest chain of
 * adjacent names going down the hierarchy (西安市 临潼区 任留街道), so that a parent decides between
 * homonyms; whatever follows the place (人民政府, 发展和改革局, 办事处) is ignored. Between chains of equal
 * length, official names beat bare ones. When several regions still fit equally well it says so and lists
 * them: it never picks one.
 *
 * <p>Bare names (临潼, 任留) are common words too, so they count only where they cannot be much else:
 * a bare province or prefecture name anywhere, a bare county or township name right after one of its
 * ancestors or inside the {@code withinCode} hint, and never where an agency word starts (人民政府, 公安局).
 * Generic unit names (经济开发区, 林业局) are treated like bare county names. Thread-safe; build it once.
 */
public final class RegionResolver {

    private final RegionRegistry registry;
    private final NameIndex index;

    public RegionResolver(RegionRegistry registry, Map<String, String> aliases) {
        this.registry = registry;
        this.index = new NameIndex(registry, aliases);
    }

    /** The standard registry with the aliases of data/regions/aliases.csv, built on first use. */
    public static RegionResolver standard() {
        return Standard.INSTANCE;
    }

    private static final class Standard {
        static final RegionResolver INSTANCE =
                new RegionResolver(RegionRegistry.standard(), RegionCsv.readStandardAliases());
    }

    public Resolution resolve(String text) {
        return resolve(text, Optional.empty());
    }

    /**
     * @param text       any text; {@code null} is treated as empty
     * @param withinCode a region the answer must lie in (or be), e.g. the county whose site published the
     *                   report. It decides between equally good readings (朝阳区 within 11 is 110105) and lets
     *                   bare names of its subregions count ("任留" within 610115); a text whose best reading
     *                   lies outside it (长春市朝阳区 within 11) is NOT_FOUND, not read some weaker way.
     * @throws IllegalArgumentException if {@code withinCode} is not a known code
     */
    public Resolution resolve(String text, Optional<String> withinCode) {
        Region within = withinCode.map(code -> registry.find(code)
                .orElseThrow(() -> new IllegalArgumentException("unknown region code " + code))).orElse(null);
        String normalized = NameIndex.normalize(text == null ? "" : text);
        List<NameIndex.Match> matches = index.matches(normalized).stream()
                .filter(m -> !readsAsAgency(m, normalized))
                .toList();
        List<Chain> chains = bestChains(matches, within).stream()
                .filter(c -> within == null || registry.isWithin(c.region(), within.code()))
                .toList();
        if (chains.isEmpty()) {
            return Resolution.notFound();
        }
        String matchedText = normalized.substring(chains.get(0).start(), chains.get(0).end());
        List<Region> candidates = withoutSameNamedDescendants(chains);
        return candidates.size() == 1
                ? Resolution.resolved(candidates.get(0), matchedText)
                : Resolution.ambiguous(candidates, matchedText);
    }

    /** A bare or generic name (民政, 林业局) where an agency word begins (民政局, 林业局). */
    private static boolean readsAsAgency(NameIndex.Match m, String text) {
        return (m.form() == NameForm.BARE || m.form() == NameForm.GENERIC) && AgencyWords.startAt(text, m.start());
    }

    /**
     * Adjacent matches, each below the one before, ending with {@code region}; {@code bareLinks} counts
     * those read through a bare name.
     */
    private record Chain(int start, int end, Region region, int bareLinks) {
        int length() {
            return end - start;
        }

        /** Covers more text, or as much with fewer bare names (临汾市古县: the county 古县, not 古县乡). */
        boolean betterThan(Chain other) {
            return other == null || length() > other.length()
                    || (length() == other.length() && bareLinks < other.bareLinks);
        }
    }

    /**
     * The best chains, leftmost first, all equally good. Dynamic programming over the matches in start
     * order: the best chain ending with a match is the match alone (if it may start a chain) or the best
     * chain ending right before it with one of its ancestors, extended by it.
     */
    private List<Chain> bestChains(List<NameIndex.Match> matches, Region within) {
        List<Chain> best = new ArrayList<>(matches.size()); // best.get(i): best chain ending with match i, or null
        for (NameIndex.Match m : matches) {
            int bare = m.form() == NameForm.BARE ? 1 : 0;
            Chain chain = mayStartChain(m, within) ? new Chain(m.start(), m.end(), m.region(), bare) : null;
            for (int j = 0; j < best.size(); j++) {
                Chain before = best.get(j);
                if (before != null && matches.get(j).end() == m.start() && isBelow(m.region(), before.region())) {
                    Chain longer = new Chain(before.start(), m.end(), m.region(), before.bareLinks() + bare);
                    if (longer.betterThan(chain)) {
                        chain = longer;
                    }
                }
            }
            best.add(chain);
        }
        List<Chain> bestChains = new ArrayList<>();
        for (Chain chain : best) {
            if (chain == null) {
                continue;
            }
            if (bestChains.isEmpty() || chain.betterThan(bestChains.get(0))) {
                bestChains.clear();
                bestChains.add(chain);
            } else if (!bestChains.get(0).betterThan(chain)) {
                bestChains.add(chain);
            }
        }
        bestChains.sort(Comparator.comparingInt(Chain::start));
        return bestChains;
    }

    private boolean isBelow(Region region, Region ancestor) {
        return !region.equals(ancestor) && registry.isWithin(region, ancestor.code());
    }

    private boolean mayStartChain(NameIndex.Match m, Region within) {
        boolean insideHint = within != null && registry.isWithin(m.region(), within.code());
        RegionLevel level = m.region().level();
        return switch (m.form()) {
            case OFFICIAL, ALIAS, ABBREVIATED -> true;
            case BARE -> level == RegionLevel.PROVINCE || level == RegionLevel.PREFECTURE || insideHint;
            case GENERIC -> insideHint;
        };
    }

    /**
     * The distinct regions the chains end with, in code order, without those lying below another candidate
     * of the same name: NBS repeats some cities one level down (the prefecture 东莞市 4419 has the single
     * county 东莞市 441900), and "东莞市" names the city either way.
     */
    private List<Region> withoutSameNamedDescendants(List<Chain> chains) {
        Set<Region> regions = new LinkedHashSet<>();
        chains.forEach(c -> regions.add(c.region()));
        List<Region> kept = new ArrayList<>();
        for (Region region : regions) {
            boolean repeatsAnAncestor = regions.stream().anyMatch(other -> !other.equals(region)
                    && other.name().equals(region.name()) && registry.isWithin(region, other.code()));
            if (!repeatsAnAncestor) {
                kept.add(region);
            }
        }
        kept.sort(Comparator.comparing(Region::code));
        return kept;
    }
}
