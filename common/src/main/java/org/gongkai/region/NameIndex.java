package org.gongkai.region;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name → regions, built once, with a scan that finds every known name in a text. Keys are at least two
 * characters long; for each leading character pair the index keeps the key lengths that occur, so a scan
 * costs a few hash lookups per character.
 */
final class NameIndex {

    record Entry(Region region, NameForm form) {
    }

    /** A key found in the text: {@code text.substring(start, end)} names {@code region} in {@code form}. */
    record Match(int start, int end, Region region, NameForm form) {
    }

    private final Map<String, List<Entry>> entriesByKey = new HashMap<>();
    /** First two characters of a key → bit n set if some key of length n starts with them (n < 32). */
    private final Map<String, Integer> keyLengthsByPrefix = new HashMap<>();

    /**
     * Every non-placeholder region under all its {@link NameForms}, plus the aliases (alias → code). Units
     * without a standard place name (functional zones, farms) are OFFICIAL when their name begins with a
     * province, prefecture or county name (洪泽经济开发区) and GENERIC otherwise (经济开发区).
     */
    NameIndex(RegionRegistry registry, Map<String, String> aliases) {
        Set<String> placeNames = new HashSet<>();
        List<Region> units = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            for (Region region : registry.all(level)) {
                if (region.isPlaceholder()) {
                    continue;
                }
                if (!region.hasStandardPlaceName()) {
                    units.add(region);
                    continue;
                }
                Map<String, NameForm> forms = NameForms.of(region);
                forms.forEach((key, form) -> add(key, region, form));
                if (level != RegionLevel.TOWNSHIP) {
                    placeNames.addAll(forms.keySet());
                }
            }
        }
        for (Region unit : units) {
            boolean placed = beginsWithAny(normalize(unit.name()), placeNames);
            add(unit.name(), unit, placed ? NameForm.OFFICIAL : NameForm.GENERIC);
        }
        aliases.forEach((alias, code) -> {
            Region region = registry.find(code).orElseThrow(
                    () -> new IllegalArgumentException("alias " + alias + " names an unknown code " + code));
            add(alias, region, NameForm.ALIAS);
        });
    }

    private static boolean beginsWithAny(String name, Set<String> prefixes) {
        for (int end = 2; end < name.length(); end++) {
            if (prefixes.contains(name.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    private void add(String name, Region region, NameForm form) {
        String key = normalize(name);
        if (key.length() < 2 || key.length() > 31) {
            throw new IllegalArgumentException("names must have 2 to 31 characters: " + name);
        }
        List<Entry> entries = entriesByKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (entries.stream().noneMatch(e -> e.region().equals(region))) {
            entries.add(new Entry(region, form));
        }
        keyLengthsByPrefix.merge(key.substring(0, 2), 1 << key.length(), (a, b) -> a | b);
    }

    /** NFKC (full-width forms, ideographic space) and no whitespace, for keys and texts alike. */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Every occurrence of every key in an already normalized text, by start position. */
    List<Match> matches(String text) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start + 2 <= text.length(); start++) {
            Integer lengths = keyLengthsByPrefix.get(text.substring(start, start + 2));
            if (lengths == null) {
                continue;
            }
            for (int length = 2; length <= text.length() - start && (lengths >>> length) != 0; length++) {
                if ((lengths & (1 << length)) == 0) {
                    continue;
                }
                int end = start + length;
                List<Entry> entries = entriesByKey.get(text.substring(start, end));
                if (entries != null) {
                    for (Entry e : entries) {
                        matches.add(new Match(start, end, e.region(), e.form()));
                    }
                }
            }
        }
        return matches;
    }
}
