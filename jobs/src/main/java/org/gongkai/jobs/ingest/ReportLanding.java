package org.gongkai.jobs.ingest;

import org.gongkai.region.Region;
import org.gongkai.region.RegionRegistry;
import org.gongkai.report.Agency;
import org.gongkai.report.NormalizedReport;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names a report and places it in the region registry, once its metadata has been chosen: the one rule for
 * {@code report_key} (year + deepest region code + agency name), {@code report_id} (key + 12 hex of the
 * source's sha256) and the region code at every level. Whatever writes report rows lands them here, so two
 * writers of the same report agree on its identity.
 */
public final class ReportLanding {

    private final RegionRegistry registry = RegionRegistry.standard();

    /**
     * @param placed    the report with its chosen agency, year and publication date
     * @param sha256    the hash its report_id is built from: the source bytes'
     * @param origin    field → where its value came from, for {@code reports.metadata_origin}
     */
    public IngestedReport land(NormalizedReport placed, String sha256, String sourceKind, String sourceUrl,
                               Map<String, String> origin, Instant observedAt) {
        Agency agency = placed.agency();
        Optional<Region> region = registry.find(agency.regionCode());
        Map<String, String> regions = new LinkedHashMap<>();
        region.ifPresent(r -> registry.path(r).forEach(step ->
                regions.put(step.level().name().toLowerCase(Locale.ROOT), step.code())));
        String deepestCode = region.map(Region::code).orElse(agency.regionCode());
        String reportKey = reportKey(placed.year(), deepestCode, agency.name());
        NormalizedReport landed = new NormalizedReport(reportKey + "-" + sha256.substring(0, 12), placed.source(),
                placed.title(), new Agency(agency.name(), deepestCode, agency.level(), agency.scope()), placed.year(),
                placed.publishedOn(), placed.format(), placed.cells(), placed.sections(), placed.notices());
        return new IngestedReport(landed, reportKey, sourceKind, sourceUrl, regions, origin, observedAt);
    }

    /** What the versions of one report share: its year, region and agency. */
    static String reportKey(Integer year, String regionCode, String agencyName) {
        return (year == null ? "unknown-year" : year.toString()) + "-"
                + (regionCode == null ? "" : regionCode + "-") + (agencyName == null ? "unknown-agency" : agencyName);
    }
}
