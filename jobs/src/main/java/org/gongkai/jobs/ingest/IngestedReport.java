package org.gongkai.jobs.ingest;

import org.gongkai.report.NormalizedReport;

import java.time.Instant;
import java.util.Map;

/**
 * A report as it lands in the {@code reports} and {@code cells} tables: the normalized report with the
 * manifest's values applied, its region at every level, and where each metadata value came from.
 *
 * @param reportKey      agency and year: the versions of one report share it
 * @param sourceKind     file, crawl_record or report_record
 * @param regions        province, prefecture, county and township codes (absent levels are not keys)
 * @param metadataOrigin field → text, crawl, record or manifest
 * @param observedAt     when this version was seen: the crawl's fetch time, else the file's modification time
 */
public record IngestedReport(NormalizedReport report, String reportKey, String sourceKind, String sourceUrl,
                             Map<String, String> regions, Map<String, String> metadataOrigin,
                             Instant observedAt) {
}
