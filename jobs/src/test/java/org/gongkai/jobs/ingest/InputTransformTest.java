package org.gongkai.jobs.ingest;

import org.gongkai.render.RandomReports;
import org.gongkai.render.ReportRenderer;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.gongkai.report.Source;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest transform on its own, without Spark: one input in, one report or one quarantine reason out. */
class InputTransformTest {

    private static final InputTransform TRANSFORM = new InputTransform(1 << 20);
    private static final byte[] REPORT = ReportRenderer.render(RandomReports.report(new Random(5), "2021", 2023),
            ReportRenderer.Style.PIPE_TEXT).getBytes(StandardCharsets.UTF_8);

    private static IngestInput file(byte[] bytes, ManifestEntry manifest, String conflict) {
        return new IngestInput("file:/in/report.txt", IngestInput.FILE, bytes, Source.sha256Of(bytes), bytes.length,
                Instant.parse("2024-01-20T00:00:00Z"), manifest, conflict);
    }

    private static IngestInput record(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        return new IngestInput("file:/in/crawl.jsonl#L3", IngestInput.RECORD, bytes, Source.sha256Of(bytes),
                bytes.length, null, ManifestEntry.NONE, null);
    }

    @Test
    void theManifestWinsAndTheRegionIsPlacedAtEveryLevel() {
        ManifestEntry manifest = new ManifestEntry("临潼区任留街道办事处", "610115020000", "township", "own", 2023,
                "2024-01-15", "http://www.lintong.gov.cn/nb.html");
        IngestResult result = TRANSFORM.apply(file(REPORT, manifest, null));
        NormalizedReport report = result.report().report();
        assertEquals("610115020", report.agency().regionCode(), "12-digit NBS codes are cut to the township");
        assertEquals("610115", result.report().regions().get("county"));
        assertEquals("6101", result.report().regions().get("prefecture"));
        assertEquals("2024-01-15", report.publishedOn());
        assertEquals("manifest", result.report().metadataOrigin().get("agency"));
        assertEquals("2023-610115020-临潼区任留街道办事处", result.report().reportKey());
        assertTrue(report.reportId().startsWith(result.report().reportKey() + "-"), report.reportId());
        assertEquals(Instant.parse("2024-01-20T00:00:00Z"), result.report().observedAt());
    }

    @Test
    void aCrawlRecordIsParsedAndItsValuesWinOverTheText() {
        String content = new String(REPORT, StandardCharsets.UTF_8).replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n");
        IngestResult result = TRANSFORM.apply(record("{\"url\":\"http://x.gov.cn/nb.html\",\"fetched_at\":\"2024-02-01T08:00:00Z\","
                + "\"published_on\":\"2024-01-30T09:00:00\",\"agency\":\"某某局\",\"content\":\"" + content + "\"}"));
        assertEquals("crawl_record", result.kind());
        assertEquals("某某局", result.report().report().agency().name());
        assertEquals("2024-01-30", result.report().report().publishedOn());
        assertEquals("http://x.gov.cn/nb.html", result.report().report().source().uri());
        assertEquals(Instant.parse("2024-02-01T08:00:00Z"), result.report().observedAt());
    }

    @Test
    void aNormalizedReportRecordKeepsItsCellsAndSource() {
        NormalizedReport parsed = RandomReports.report(new Random(9), "2019", 2020);
        NormalizedReport withSource = new NormalizedReport("x", new Source("http://a/b.html", "ab".repeat(32), "html",
                "UTF-8"), parsed.title(), parsed.agency(), parsed.year(), parsed.publishedOn(), parsed.format(),
                parsed.cells(), parsed.sections(), parsed.notices());
        IngestResult result = TRANSFORM.apply(record(ReportJson.write(withSource, false)));
        assertEquals("report_record", result.kind());
        assertEquals(parsed.cells(), result.report().report().cells());
        assertEquals("ab".repeat(32), result.report().report().source().sha256(), "the original file's hash is kept");
    }

    @Test
    void inputsThatCannotBeReportsGetTheirReason() {
        assertEquals(QuarantineReason.INVALID_RECORD, TRANSFORM.apply(record("not json")).reason());
        assertEquals(QuarantineReason.INVALID_RECORD, TRANSFORM.apply(record("{\"a\":1}")).reason());
        assertEquals(QuarantineReason.EMPTY, TRANSFORM.apply(file(new byte[0], ManifestEntry.NONE, null)).reason());
        assertEquals(QuarantineReason.CONFLICTING_MANIFEST,
                TRANSFORM.apply(file(REPORT, ManifestEntry.NONE, "two rows disagree")).reason());
        IngestResult badYear = TRANSFORM.apply(file(REPORT, new ManifestEntry(null, null, "city", null, null, null, null), null));
        assertEquals(QuarantineReason.CONFLICTING_MANIFEST, badYear.reason());
        assertTrue(badYear.message().contains("level"), badYear.message());
        IngestResult tooLarge = TRANSFORM.apply(new IngestInput("file:/big.txt", IngestInput.FILE, null, "cd".repeat(32),
                5L << 20, null, ManifestEntry.NONE, null));
        assertEquals(QuarantineReason.TOO_LARGE, tooLarge.reason());
        assertEquals("cd".repeat(32), tooLarge.sha256(), "a file too large to read keeps the hash of its stream");
        assertNull(tooLarge.report());
    }
}
