package org.gongkai.jobs.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.ingest.IngestSummary;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code generate --into-warehouse} on about 200 reports: its reports and cells rows are the rows ingest writes
 * for the same corpus's expected.jsonl (what a correct parser reads from each file) with its manifest;
 * generated_defects holds every injected defect; a second run replaces the rows instead of adding to them.
 */
class GroundTruthJobTest {

    /**
     * The columns that say how a row got into the table rather than what the report is: run_id and observed_at
     * (this run, its clock), input_uri (expected.jsonl#L12 there, the corpus path here), source_kind
     * (report_record / generated) and metadata_origin (record / generator). source_url is compared apart:
     * ingest names a normalized-report line by its line URI, so the manifest's rows (named by file) do not
     * reach it and it has no source_url, where the generator states the manifest's.
     */
    private static final String[] HOW_IT_GOT_THERE = {"run_id", "observed_at", "input_uri", "source_kind",
            "metadata_origin", "source_url"};

    @TempDir
    static Path root;
    private static TestWarehouse tests;
    private static GeneratorConfig config;
    private static Path corpus;
    private static Warehouse ingested;
    private static Warehouse generated;
    private static GroundTruthJob.Result first;
    private static String printed;

    @BeforeAll
    static void generateAndIngest() throws IOException {
        tests = new TestWarehouse(root.resolve("warehouse"));
        config = new GeneratorConfig(3, 2021, 2023, AgencyUniverse.scaleFor(3, 200, 3),
                LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.3));
        corpus = root.resolve("corpus");
        new GenerateJob(config, corpus.toString(), 2, quiet()).run(tests.spark());
        ingested = tests.warehouse(tests.config("ingested", "hive"));
        IngestSummary summary = new IngestJob(tests.spark(), ingested, tests.config("ingested", "hive"))
                .run(new IngestJob.Options(List.of(corpus.resolve("expected.jsonl").toString()),
                        List.of(corpus.resolve("manifest.csv").toString()), null));
        assertEquals(lines("expected.jsonl").size(), summary.reportsWritten(), summary.toString());
        generated = tests.warehouse(tests.config("truth", "hive"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        first = new GroundTruthJob(tests.spark(), generated, config, null, null,
                new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        printed = console.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopSpark() {
        tests.stop();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(corpus.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void reportsRowsAreWhatIngestWritesForTheExpectedReports() {
        List<String> truth = TestWarehouse.content(generated, Tables.REPORTS, HOW_IT_GOT_THERE);
        assertEquals(TestWarehouse.content(ingested, Tables.REPORTS, HOW_IT_GOT_THERE), truth);
        assertTrue(truth.size() > 150, "reports: " + truth.size());
    }

    @Test
    void cellsRowsAreWhatIngestWritesCellForCell() {
        List<String> truth = TestWarehouse.content(generated, Tables.CELLS);
        assertEquals(TestWarehouse.content(ingested, Tables.CELLS), truth);
        assertEquals(first.cellRows(), truth.size());
    }

    @Test
    void everyReportIsCurrentGeneratedAndCarriesItsManifestUrl() throws IOException {
        Map<String, String> urlByFile = new HashMap<>();
        for (String line : lines("manifest.csv").subList(1, lines("manifest.csv").size())) {
            String[] fields = line.split(",");
            urlByFile.put(fields[0], fields[fields.length - 1]);
        }
        for (Row report : generated.read(Tables.REPORTS).collectAsList()) {
            String file = report.getAs("source_uri");
            assertEquals(urlByFile.get(file), report.getAs("source_url"), file);
            assertEquals(file, report.getAs("input_uri"));
            assertEquals("generated", report.getAs("source_kind"));
            assertTrue(report.<Boolean>getAs("is_current"), file);
            assertEquals(first.runId(), report.getAs("run_id"));
            Map<String, String> origin = scala.jdk.javaapi.CollectionConverters.asJava(
                    report.<scala.collection.Map<String, String>>getAs("metadata_origin"));
            assertTrue(origin.containsKey("agency") && origin.values().stream().allMatch("generator"::equals), origin.toString());
        }
    }

    @Test
    void generatedDefectsHoldEveryInjectedDefect() throws IOException {
        List<String> expected = new ArrayList<>();
        Map<String, Boolean> badFile = new HashMap<>();
        for (String line : lines("defects.jsonl")) {
            JsonNode defect = new ObjectMapper().readTree(line);
            expected.add(describe(defect.get("file").asText(), defect.get("kind").asText(), defect.get("detail").asText(),
                    cellsOf(defect.get("cells"))));
            badFile.put(defect.get("file").asText(), defect.has("expected_reason"));
        }
        Map<String, String> reportIdByFile = generated.read(Tables.REPORTS).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("source_uri"), r -> r.getAs("report_id")));
        List<String> actual = new ArrayList<>();
        for (Row defect : generated.read(Tables.GENERATED_DEFECTS).collectAsList()) {
            String file = defect.getAs("source_uri");
            List<String> cells = new ArrayList<>();
            defect.<scala.collection.Seq<Row>>getAs("cells").foreach(c -> cells.add(c.getAs("table") + "." + c.getAs("row")
                    + "." + c.getAs("col") + " " + plain(c.getAs("printed")) + " " + plain(c.getAs("correct"))));
            actual.add(describe(file, defect.getAs("kind"), defect.getAs("detail"), cells));
            if (badFile.get(file)) {
                assertNull(defect.getAs("report_id"), file + ": a bad file is no report");
            } else {
                assertEquals(reportIdByFile.get(file), defect.getAs("report_id"), file);
            }
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        assertEquals(expected.size(), first.defectRows());
        assertTrue(badFile.containsValue(true) && badFile.containsValue(false), "both kinds of defect are there");
    }

    private static List<String> cellsOf(JsonNode cells) {
        List<String> out = new ArrayList<>();
        cells.forEach(c -> out.add(c.get("table").asText() + "." + c.get("row").asText() + "." + c.get("col").asText()
                + " " + plain(c.get("printed").isNull() ? null : c.get("printed").decimalValue())
                + " " + plain(c.get("correct").isNull() ? null : c.get("correct").decimalValue())));
        return out;
    }

    private static String describe(String file, String kind, String detail, List<String> cells) {
        return file + " " + kind + " " + cells + " " + detail;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    @Test
    void itPrintsTheCorpusStatisticsAndTheRowsWritten() throws IOException {
        assertTrue(printed.contains("行政复议") && printed.contains("reports/s"), printed);
        assertTrue(printed.contains(String.format("rows written: reports %,d, cells %,d, generated_defects %,d",
                first.reportRows(), first.cellRows(), first.defectRows())), printed);
        long badFiles = lines("defects.jsonl").stream().filter(l -> l.contains("\"expected_reason\"")).count();
        assertEquals(first.stats().reports(), first.reportRows() + badFiles, "every report is a row, but bad files");
        assertEquals(lines("expected.jsonl").size(), first.reportRows());
    }

    @Test
    void aSecondRunReplacesTheRowsAndWritesDefectsJsonlWithOut() throws IOException {
        List<String> reports = TestWarehouse.content(generated, Tables.REPORTS, "run_id", "observed_at");
        List<String> cells = TestWarehouse.content(generated, Tables.CELLS);
        Warehouse again = tests.warehouse(tests.config("truth", "hive"));
        Path out = root.resolve("defects-only");
        GroundTruthJob.Result second = new GroundTruthJob(tests.spark(), again, config, out.toString(), 3, quiet()).run();
        assertEquals(first.reportRows(), second.reportRows());
        assertEquals(reports, TestWarehouse.content(again, Tables.REPORTS, "run_id", "observed_at"));
        assertEquals(cells, TestWarehouse.content(again, Tables.CELLS));
        assertEquals(first.defectRows(), again.read(Tables.GENERATED_DEFECTS).count());
        assertArrayEquals(Files.readAllBytes(corpus.resolve("defects.jsonl")), Files.readAllBytes(out.resolve("defects.jsonl")));
        assertEquals(List.of("defects.jsonl"), List.of(out.toFile().list()), "no part files left behind");
        assertEquals(List.of(), List.of(root.resolve("warehouse/_generate").toFile().list()), "no scratch files left behind");
    }

    @Test
    void aDatabaseWithIngestedReportsIsRefusedAndLeftAsItWas() {
        long before = ingested.read(Tables.CELLS).count();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new GroundTruthJob(tests.spark(), ingested, config, null, null, quiet()).run());
        assertTrue(refused.getMessage().contains("ingested reports"), refused.getMessage());
        assertEquals(before, ingested.read(Tables.CELLS).count());
        assertEquals(0, ingested.read(Tables.REPORTS).filter(col("source_kind").equalTo("generated")).count());
    }
}
