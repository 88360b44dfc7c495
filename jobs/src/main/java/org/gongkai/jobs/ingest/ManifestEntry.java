package org.gongkai.jobs.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

/**
 * What a manifest (or a crawl record) says about one input; its values win over what the text suggests.
 * Any field may be null (not stated).
 */
public record ManifestEntry(String agency, String regionCode, String level, String scope, Integer year,
                            String publishedOn, String sourceUrl) {

    private static final Set<String> LEVELS = Set.of("national", "province", "prefecture", "county", "township", "unknown");
    private static final Set<String> SCOPES = Set.of("own", "aggregate", "unknown");

    public static final ManifestEntry NONE = new ManifestEntry(null, null, null, null, null, null, null);

    /** Why a value cannot be used, if one cannot. */
    public Optional<String> problem() {
        if (regionCode != null && !regionCode.matches("\\d{2}|\\d{4}|\\d{6}|\\d{9}|\\d{12}")) {
            return Optional.of("region_code must be 2, 4, 6, 9 or 12 digits, got: " + regionCode);
        }
        if (level != null && !LEVELS.contains(level)) {
            return Optional.of("level must be one of " + LEVELS + ", got: " + level);
        }
        if (scope != null && !SCOPES.contains(scope)) {
            return Optional.of("scope must be one of " + SCOPES + ", got: " + scope);
        }
        if (year != null && (year < 2000 || year > 2100)) {
            return Optional.of("year out of range: " + year);
        }
        if (publishedOn != null) {
            try {
                LocalDate.parse(publishedOn);
            } catch (DateTimeParseException e) {
                return Optional.of("published_on must be yyyy-MM-dd, got: " + publishedOn);
            }
        }
        return Optional.empty();
    }
}
