package org.gongkai.generate;

import java.util.List;
import java.util.stream.Collectors;

/** manifest.csv: UTF-8, RFC 4180 (CRLF line ends, fields quoted when they need it). */
public final class ManifestCsv {

    public static final List<String> COLUMNS = List.of("file", "agency", "region_code", "level", "scope", "year",
            "published_on", "source_url");

    private ManifestCsv() {
    }

    public static String header() {
        return line(COLUMNS);
    }

    static String row(String file, UniverseAgency agency, int year, String publishedOn, String sourceUrl) {
        return line(List.of(file, agency.name(), agency.regionCode() == null ? "" : agency.regionCode(), agency.level(),
                agency.scope(), String.valueOf(year), publishedOn == null ? "" : publishedOn, sourceUrl));
    }

    static String line(List<String> fields) {
        return fields.stream().map(ManifestCsv::quote).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
