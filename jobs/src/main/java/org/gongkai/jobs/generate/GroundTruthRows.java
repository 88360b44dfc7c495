package org.gongkai.jobs.generate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.gongkai.generate.CorpusReport;
import org.gongkai.generate.DefectCell;
import org.gongkai.jobs.ingest.IngestedReport;
import org.gongkai.jobs.ingest.ReportLanding;
import org.gongkai.jobs.ingest.ReportRows;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.report.NormalizedReport;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated report as the rows ingest would have written had it parsed the report's file with the
 * generator's manifest: the report a correct parser reads from the file, the manifest's agency, year and
 * publication date over it, landed by the same {@link ReportLanding} and turned into rows by the same
 * {@link ReportRows}. Its report_id comes from the sha256 of the printed bytes (printed in memory, never
 * written), so it is the very id that ingesting the file, or its expected.jsonl line, gives.
 */
final class GroundTruthRows implements Serializable {

    static final String SOURCE_KIND = "generated";
    /** What reports.metadata_origin says of every field: the generator stated it. */
    static final String ORIGIN = "generator";

    private final String runId;
    private final Instant generatedAt;
    private final String version;
    private transient ReportLanding landing;

    /** @param generatedAt the run's start: the rows' observed_at */
    GroundTruthRows(String runId, Instant generatedAt) {
        this.runId = runId;
        this.generatedAt = generatedAt;
        this.version = ReportRows.parserVersion();
    }

    /** The report landed with its identity and regions; null for a bad file, which is no report. */
    IngestedReport land(CorpusReport report) {
        NormalizedReport expected = report.expected();
        if (expected == null) {
            return null;
        }
        NormalizedReport placed = new NormalizedReport(expected.reportId(), expected.source(), expected.title(),
                report.agency().toAgency(), report.year(), report.publishedOn(), expected.format(), expected.cells(),
                expected.sections(), expected.notices());
        return landing().land(placed, expected.source().sha256(), SOURCE_KIND, report.sourceUrl(), origin(placed),
                generatedAt);
    }

    /** Its reports row: the only version of its report, so the current one. */
    Row reportRow(IngestedReport landed) {
        return ReportRows.report(landed, landed.report().source().uri(), true, runId, version);
    }

    List<Row> cellRows(IngestedReport landed) {
        ReportRows.valueThatDoesNotFit(landed.report()).ifPresent(problem -> {
            // Ingest would quarantine such a report; the generator must never make one.
            throw new IllegalStateException(landed.report().source().uri() + ": " + problem);
        });
        return ReportRows.cells(landed.report());
    }

    /** Its generated_defects row, or null without a defect; reportId is null for a bad file. */
    Row defectRow(CorpusReport report, String reportId) {
        if (report.defect() == null) {
            return null;
        }
        List<Row> cells = report.defect().cells().stream().map(GroundTruthRows::defectCell).toList();
        return RowFactory.create(reportId, report.path(), report.defect().kind().code(), ScalaValues.seq(cells),
                report.defect().detail());
    }

    private static Row defectCell(DefectCell cell) {
        return RowFactory.create(cell.table(), cell.row(), cell.column(), cell.printed(), cell.correct());
    }

    /** Like ingest, a field gets an origin only when it has a value. */
    private static Map<String, String> origin(NormalizedReport placed) {
        Map<String, String> origin = new LinkedHashMap<>();
        putIfStated(origin, "agency", placed.agency().name());
        putIfStated(origin, "region_code", placed.agency().regionCode());
        putIfStated(origin, "level", placed.agency().level());
        putIfStated(origin, "scope", placed.agency().scope());
        putIfStated(origin, "year", placed.year());
        putIfStated(origin, "published_on", placed.publishedOn());
        return origin;
    }

    private static void putIfStated(Map<String, String> origin, String field, Object value) {
        if (value != null) {
            origin.put(field, ORIGIN);
        }
    }

    private ReportLanding landing() {
        if (landing == null) {
            landing = new ReportLanding();
        }
        return landing;
    }
}
