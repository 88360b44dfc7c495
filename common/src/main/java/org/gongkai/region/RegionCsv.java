package org.gongkai.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the files of data/regions/, which the common jar carries under org/gongkai/region/. */
final class RegionCsv {

    static final String RESOURCE_DIR = "/org/gongkai/region/";

    private RegionCsv() {
    }

    /** The four division files of the jar, provinces first. */
    static List<Region> readStandardRegions() {
        List<Region> regions = new ArrayList<>();
        regions.addAll(readRegions("provinces.csv", RegionLevel.PROVINCE));
        regions.addAll(readRegions("prefectures.csv", RegionLevel.PREFECTURE));
        regions.addAll(readRegions("counties.csv", RegionLevel.COUNTY));
        regions.addAll(readRegions("townships.csv", RegionLevel.TOWNSHIP));
        return regions;
    }

    /** The alias file of the jar: popular name → code. */
    static Map<String, String> readStandardAliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String[] row : rows("aliases.csv", 2)) {
            if (aliases.put(row[0], row[1]) != null) {
                throw new IllegalStateException("aliases.csv: duplicate alias " + row[0]);
            }
        }
        return aliases;
    }

    /** Rows "code,name[,parent_code]"; codes are normalized to the level's length. */
    static List<Region> readRegions(String file, RegionLevel level) {
        int columns = level == RegionLevel.PROVINCE ? 2 : 3;
        RegionLevel parentLevel = level.parentLevel().orElse(null);
        List<Region> regions = new ArrayList<>();
        for (String[] row : rows(file, columns)) {
            String parent = parentLevel == null ? null : parentLevel.normalize(row[2]);
            regions.add(new Region(level.normalize(row[0]), row[1], level, parent));
        }
        return regions;
    }

    /** Data rows of a plain CSV (no quoting): header, blank lines and lines starting with # skipped. */
    private static List<String[]> rows(String file, int columns) {
        InputStream in = RegionCsv.class.getResourceAsStream(RESOURCE_DIR + file);
        if (in == null) {
            throw new IllegalStateException(RESOURCE_DIR + file + " is not on the classpath (see data/regions/)");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            String line;
            int lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.strip().split(",", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(
                            file + ":" + lineNumber + ": expected " + columns + " columns: " + line);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return rows;
    }
}
