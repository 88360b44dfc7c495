package org.gongkai.jobs.ingest;

import org.apache.spark.sql.Row;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.parse.ReportParser;
import org.gongkai.render.BadFiles;
import org.gongkai.render.RandomReports;
import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest job on a real local Spark with Delta tables in an embedded catalog. */
class IngestJobTest {

    private static final List<String> REAL_REPORTS = List.of("000_seed_renliu_2023.txt", "001.txt", "003.txt",
            "005.txt", "008.md", "011.html", "013_shuyang_ndrc_2023.html", "014_hongze_2023.pdf", "015_hongze_2024.pdf");

    @TempDir
    static Path root;
    private static TestWarehouse tests;

    @BeforeAll
    static void startSpark() {
        tests = new TestWarehouse(root.resolve("warehouse"));
    }

    @AfterAll
    static void stopSpark() {
        tests.stop();
    }

    private record Run(Warehouse warehouse, IngestSummary summary) {
    }

    private static Run ingest(GongkaiConfig config, List<Path> inputs, List<Path> manifests) {
        Warehouse warehouse = tests.warehouse(config);
        IngestSummary summary = new IngestJob(tests.spark(), warehouse, config).run(new IngestJob.Options(
                inputs.stream().map(Path::toString).toList(), manifests.stream().map(Path::toString).toList(), null));
        assertTrue(summary.reconciles(), "inputs read = reports + unchanged + quarantined: " + summary);
        return new Run(warehouse, summary);
    }

    private static Path realReports() {
        Path dir = TestWarehouse.sharedFixtures().orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/real is absent: the real-report tests are skipped");
        return dir;
    }

    @Test
    void realReportsLandCellForCellWithTheirRegions() throws IOException {
        Path dir = realReports();
        Run run = ingest(tests.config("real", "hive"), REAL_REPORTS.stream().map(dir::resolve).toList(), List.of());
        assertEquals(9, run.summary().inputsRead());
        assertEquals(9, run.summary().reportsWritten());
        for (String name : REAL_REPORTS) {
            NormalizedReport expected = ReportJson.read(Files.readString(
                    dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".expected.json"), StandardCharsets.UTF_8));
            Row report = reportFrom(run.warehouse(), name);
            assertEquals(expected.year(), report.<Integer>getAs("year"), name);
            assertEquals(expected.format(), report.getAs("format"), name);
            assertEquals(expected.agency().scope(), report.getAs("scope"), name);
            assertEquals(expected.cells().size(), cellsOf(run.warehouse(), report.getAs("report_id")).size(), name);
            assertEquals(describe(expected.cells()), cellsOf(run.warehouse(), report.getAs("report_id")), name);
        }
        Row seed = reportFrom(run.warehouse(), "000_seed_renliu_2023.txt");
        assertEquals("610115020", seed.getAs("region_code"));
        assertEquals(List.of("61", "6101", "610115", "610115020"), List.of(seed.getAs("province_code"),
                seed.getAs("prefecture_code"), seed.getAs("county_code"), seed.getAs("township_code")));
        assertTrue(tests.spark().catalog().databaseExists("real"), "the tables' database is registered in the catalog");
        assertEquals(9L, tests.spark().sql("SELECT count(*) FROM real.reports").first().getLong(0),
                "the tables are queried by name");
    }

    private static Row reportFrom(Warehouse warehouse, String fileName) {
        List<Row> rows = warehouse.read(Tables.REPORTS).filter(col("input_uri").endsWith("/" + fileName)).collectAsList();
        assertEquals(1, rows.size(), fileName);
        return rows.get(0);
    }

    /** table.row.col → state, value, unit, candidates, as the cells table holds them. */
    private static Map<String, String> cellsOf(Warehouse warehouse, String reportId) {
        Map<String, String> cells = new HashMap<>();
        for (Row cell : warehouse.read(Tables.CELLS).filter(col("report_id").equalTo(reportId)).collectAsList()) {
            BigDecimal value = cell.getAs("value");
            List<List<BigDecimal>> candidates = new ArrayList<>();
            cell.<scala.collection.Seq<scala.collection.Seq<BigDecimal>>>getAs("candidates").foreach(reading ->
                    candidates.add(scala.jdk.javaapi.CollectionConverters.asJava(reading)));
            cells.put(cell.getAs("table") + "." + cell.getAs("row") + "." + cell.getAs("col"),
                    describe(cell.getAs("state"), value, cell.getAs("unit"), candidates));
        }
        return cells;
    }

    private static Map<String, String> describe(List<Cell> cells) {
        return cells.stream().collect(Collectors.toMap(Cell::key, c -> describe(c.state().name().toLowerCase(),
                c.value(), c.unit(), c.candidates())));
    }

    private static String describe(String state, BigDecimal value, String unit, List<List<BigDecimal>> candidates) {
        String readings = candidates.stream().map(r -> r.stream().map(IngestJobTest::plain).toList().toString())
                .collect(Collectors.joining(";"));
        return state + " " + plain(value) + " " + unit + " " + readings;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * The bundled generated sample (every layout, realistic print noise, injected defects and bad files):
     * each report's cells equal its ground truth, read through the manifest; each bad file is quarantined
     * with the reason the generator recorded.
     */
    @Test
    void aGeneratedCorpusLandsAsItsGroundTruth() throws IOException {
        Path sample = Path.of(System.getProperty("gongkai.sample"), "generated");
        Run run = ingest(tests.config("generated", "hive"), List.of(sample.resolve("files")),
                List.of(sample.resolve("manifest.csv")));
        List<NormalizedReport> expected = Files.readAllLines(sample.resolve("expected.jsonl")).stream()
                .map(ReportJson::read).toList();
        Map<String, String> badFiles = new HashMap<>();
        for (String line : Files.readAllLines(sample.resolve("defects.jsonl"))) {
            var defect = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (defect.has("expected_reason")) {
                badFiles.put(defect.get("file").asText(), defect.get("expected_reason").asText());
            }
        }
        assertEquals(expected.size() + badFiles.size(), run.summary().inputsRead());
        assertEquals(expected.size(), run.summary().reportsWritten());
        Map<String, Row> reports = new HashMap<>();
        run.warehouse().read(Tables.REPORTS).collectAsList().forEach(r -> reports.put(
                r.<String>getAs("input_uri").substring(r.<String>getAs("input_uri").indexOf("/files/") + 1), r));
        int ambiguous = 0;
        for (NormalizedReport truth : expected) {
            Row report = reports.get(truth.source().uri());
            assertEquals(truth.agency().regionCode(), report.getAs("region_code"), truth.source().uri());
            assertEquals(truth.agency().name(), report.getAs("agency_name"));
            assertEquals(truth.year(), report.<Integer>getAs("year"));
            Map<String, String> actual = cellsOf(run.warehouse(), report.getAs("report_id"));
            for (Map.Entry<String, String> cell : describe(truth.cells()).entrySet()) {
                String got = actual.get(cell.getKey());
                if (got.startsWith("ambiguous") && truth.source().layout().equals("flattened")) {
                    ambiguous++;
                    String value = cell.getValue().split(" ")[1];
                    assertTrue(got.matches(".*[\\[ ,]" + java.util.regex.Pattern.quote(value) + "[],].*"),
                            truth.source().uri() + " " + cell.getKey() + ": the truth " + value + " is a reading of " + got);
                } else {
                    assertEquals(cell.getValue(), got, truth.source().uri() + " " + cell.getKey());
                }
            }
        }
        Map<String, String> quarantined = new HashMap<>();
        run.warehouse().read(Tables.QUARANTINE).collectAsList().forEach(r -> quarantined.put(
                r.<String>getAs("uri").substring(r.<String>getAs("uri").indexOf("/files/") + 1), r.getAs("reason")));
        assertEquals(badFiles, quarantined);
        System.out.printf("generated sample: %d reports and %d bad files landed as their truth (%d flattened cells ambiguous)%n",
                expected.size(), badFiles.size(), ambiguous);
    }

    @Test
    void everyBadInputIsQuarantinedWithItsReasonAndNothingIsLost() throws IOException {
        Path in = Files.createDirectories(root.resolve("bad-inputs"));
        Random random = new Random(7);
        NormalizedReport good = RandomReports.report(random, "2021", 2023);
        for (BadFiles.BadFile bad : BadFiles.all(good, random)) {
            Files.write(in.resolve(bad.kind() + "." + bad.extension()), bad.bytes());
        }
        Path seed = realReports().resolve("000_seed_renliu_2023.txt");
        Files.copy(seed, in.resolve("seed.txt"));
        Files.copy(seed, in.resolve("seed_mirror.txt"));
        Files.write(in.resolve("huge.txt"), new byte[70_000]);
        Files.copy(realReports().resolve("001.txt"), in.resolve("disputed.txt"));
        Files.writeString(in.resolve("records.jsonl"), "{\"neither\": \"crawl nor report\"}\nnot json at all\n{\"url\":\"http://x/long\",\"content\":\""
                + "长".repeat(30_000) + "\"}\n");
        Path manifest = root.resolve("bad-manifest.csv");
        Files.writeString(manifest, "file,agency,year\ndisputed.txt,甲局,2023\ndisputed.txt,乙局,2023\n"
                .replace("disputed.txt", in.resolve("disputed.txt").toString()));
        GongkaiConfig config = tests.config("bad", "hive").with(GongkaiConfig.MAX_FILE_BYTES, "60000")
                .with(GongkaiConfig.MAX_RECORD_BYTES, "50000");
        Run run = ingest(config, List.of(in, root.resolve("no-such-dir")), List.of(manifest));

        Map<String, Long> expected = new HashMap<>();
        BadFiles.all(good, new Random(1)).forEach(b -> expected.merge(b.reason().code(), 1L, Long::sum));
        expected.put("duplicate", 1L);
        expected.put("too_large", 2L);
        expected.put("conflicting_manifest", 1L);
        expected.put("invalid_record", 2L);
        expected.put("unreadable_path", 1L);
        assertEquals(expected, run.summary().quarantinedByReason());
        assertEquals(1, run.summary().reportsWritten(), "only the seed is a report");
        assertEquals(run.summary().inputsRead(), run.summary().reportsWritten() + run.summary().quarantined());
        Map<String, String> reasonByFile = new HashMap<>();
        run.warehouse().read(Tables.QUARANTINE).collectAsList().forEach(r -> reasonByFile.put(
                Path.of(r.<String>getAs("uri").replaceAll("#L\\d+$", "")).getFileName().toString()
                        + r.<String>getAs("uri").replaceAll("^.*(#L\\d+)$|^.*$", "$1"), r.getAs("reason")));
        assertEquals("duplicate", reasonByFile.get("seed_mirror.txt"));
        assertEquals("too_large", reasonByFile.get("huge.txt"));
        assertEquals("too_large", reasonByFile.get("records.jsonl#L3"));
        assertEquals("invalid_record", reasonByFile.get("records.jsonl#L2"));
        assertEquals("conflicting_manifest", reasonByFile.get("disputed.txt"));
        assertEquals("unreadable_path", reasonByFile.get("no-such-dir"));
        assertEquals(run.summary().inputsRead(), run.warehouse().read(Tables.RAW_FILES).count(),
                "every input read has a raw_files row (the missing path included)");
    }

    @Test
    void aSecondRunOverTheSameInputsChangesNoTable() throws IOException {
        Path in = Files.createDirectories(root.resolve("rerun"));
        Files.copy(realReports().resolve("000_seed_renliu_2023.txt"), in.resolve("seed.txt"));
        Files.copy(realReports().resolve("011.html"), in.resolve("011.html"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        GongkaiConfig config = tests.config("rerun", "hive");
        Run first = ingest(config, List.of(in), List.of());
        Map<String, List<String>> before = contents(first.warehouse());
        Run second = ingest(config, List.of(in), List.of());
        assertEquals(before, contents(second.warehouse()));
        assertEquals(3, second.summary().unchanged());
        assertEquals(0, second.summary().reportsWritten() + second.summary().quarantined());
    }

    private static Map<String, List<String>> contents(Warehouse warehouse) {
        return Stream.of(Tables.RAW_FILES, Tables.REPORTS, Tables.CELLS, Tables.QUARANTINE)
                .collect(Collectors.toMap(t -> t.name(), t -> TestWarehouse.content(warehouse, t)));
    }

    @Test
    void aChangedFileBecomesTheCurrentVersionAndTheOldOneIsKept() throws IOException {
        Path in = Files.createDirectories(root.resolve("versions"));
        Path report = in.resolve("seed.txt");
        Files.copy(realReports().resolve("000_seed_renliu_2023.txt"), report);
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2024-01-20T00:00:00Z")));
        GongkaiConfig config = tests.config("versions", "hive");
        long cellsPerVersion = ingest(config, List.of(in), List.of()).warehouse().read(Tables.CELLS).count();
        String text = Files.readString(report, StandardCharsets.UTF_8);
        Files.writeString(report, text + "\n本报告于2024年2月更正。\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(report, FileTime.from(Instant.parse("2024-02-20T00:00:00Z")));
        Run second = ingest(config, List.of(in), List.of());
        assertEquals(1, second.summary().reportsWritten());
        List<Row> versions = second.warehouse().read(Tables.REPORTS).orderBy("observed_at").collectAsList();
        assertEquals(2, versions.size());
        assertEquals(versions.get(0).<String>getAs("report_key"), versions.get(1).getAs("report_key"));
        assertNotEquals(versions.get(0).<String>getAs("report_id"), versions.get(1).getAs("report_id"));
        assertFalse(versions.get(0).<Boolean>getAs("is_current"), "the first version is superseded");
        assertTrue(versions.get(1).<Boolean>getAs("is_current"), "the changed file is the current version");
        assertEquals(2 * cellsPerVersion, second.warehouse().read(Tables.CELLS).count(), "both versions keep their cells");
        assertTrue(second.warehouse().delta(Tables.REPORTS).history().count() >= 3, "Delta history keeps the old state");
    }

    @Test
    void crawlRecordsAndNormalizedReportsAreInputsToo() throws Exception {
        Path in = Files.createDirectories(root.resolve("records"));
        byte[] seed = Files.readAllBytes(realReports().resolve("000_seed_renliu_2023.txt"));
        NormalizedReport parsed001 = new ReportParser().parse(Files.readAllBytes(realReports().resolve("001.txt")), "001.txt");
        String crawl = "{\"url\":\"http://www.xalt.gov.cn/gk/2024/renliu.html\",\"fetched_at\":\"2024-03-01T08:00:00Z\","
                + "\"title\":null,\"published_on\":\"2024-01-22\",\"agency\":\"任留街道办事处\",\"region_code\":\"610115020\","
                + "\"content\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                new String(seed, StandardCharsets.UTF_8)) + "}";
        Files.writeString(in.resolve("crawl.jsonl"), crawl + "\n\n" + ReportJson.write(parsed001, false) + "\n");
        Run run = ingest(tests.config("records", "hive"), List.of(in), List.of());
        assertEquals(2, run.summary().inputsRead(), "a blank line is not an input");
        assertEquals(2, run.summary().reportsWritten());
        Row crawled = run.warehouse().read(Tables.REPORTS).filter(col("source_kind").equalTo("crawl_record")).first();
        assertEquals("http://www.xalt.gov.cn/gk/2024/renliu.html", crawled.getAs("source_uri"));
        assertEquals(java.sql.Date.valueOf("2024-01-22"), crawled.getAs("published_on"));
        assertEquals("crawl", crawled.<scala.collection.Map<String, String>>getAs("metadata_origin").apply("published_on"));
        Row record = run.warehouse().read(Tables.REPORTS).filter(col("source_kind").equalTo("report_record")).first();
        assertEquals(describe(parsed001.cells()), cellsOf(run.warehouse(), record.getAs("report_id")));
    }

    @Test
    void theManifestWinsOverWhatTheTextSuggests() throws IOException {
        Path in = Files.createDirectories(root.resolve("manifest"));
        Files.copy(realReports().resolve("008.md"), in.resolve("008.md"));
        Path manifest = in.resolve("manifest.csv");
        Files.writeString(manifest, "\uFEFFfile,agency,region_code,level,scope,year,published_on,source_url\n"
                + "008.md,沭阳县人民政府,321322,county,aggregate,2023,2024-03-28,http://www.shuyang.gov.cn/nb/2023.html\n");
        Run run = ingest(tests.config("manifest", "hive"), List.of(in), List.of(manifest));
        assertEquals(1, run.summary().inputsRead(), "the manifest in the input directory is not an input");
        Row report = run.warehouse().read(Tables.REPORTS).first();
        assertEquals("沭阳县人民政府", report.getAs("agency_name"));
        assertEquals("321322", report.getAs("region_code"));
        assertEquals("3213", report.getAs("prefecture_code"));
        assertEquals("aggregate", report.getAs("scope"));
        assertEquals(java.sql.Date.valueOf("2024-03-28"), report.getAs("published_on"));
        assertEquals("http://www.shuyang.gov.cn/nb/2023.html", report.getAs("source_url"));
        assertEquals("manifest", report.<scala.collection.Map<String, String>>getAs("metadata_origin").apply("region_code"));
    }

    @Test
    void withoutACatalogTheTablesAreDeltaPaths() throws IOException {
        Path in = Files.createDirectories(root.resolve("paths"));
        Files.copy(realReports().resolve("001.txt"), in.resolve("001.txt"));
        GongkaiConfig config = tests.config("pathonly", "none");
        Run run = ingest(config, List.of(in), List.of());
        String reports = root.resolve("warehouse").resolve("pathonly.db").resolve("reports").toString();
        assertEquals(1L, tests.spark().sql("SELECT count(*) FROM delta.`" + reports + "`").first().getLong(0));
        assertFalse(tests.spark().catalog().databaseExists("pathonly"), "nothing is registered in the catalog");
        assertEquals(1, run.summary().reportsWritten());
    }

    @Test
    void sinceTheLastRunOnlyNewFilesAreRead() throws IOException {
        Path in = Files.createDirectories(root.resolve("nightly"));
        Path old = Files.copy(realReports().resolve("001.txt"), in.resolve("001.txt"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        GongkaiConfig config = tests.config("nightly", "hive");
        ingest(config, List.of(in), List.of());
        Path fresh = Files.copy(realReports().resolve("003.txt"), in.resolve("003.txt"));
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.parse("2024-01-02T00:00:00Z")));
        Warehouse warehouse = tests.warehouse(config);
        IngestJob job = new IngestJob(tests.spark(), warehouse, config);
        IngestSummary nightly = job.run(new IngestJob.Options(List.of(in.toString()), List.of(), job.lastCheckpoint()));
        assertEquals(1, nightly.inputsRead(), "only the file newer than the last run's newest");
        assertEquals(1, nightly.reportsWritten());
    }
}
