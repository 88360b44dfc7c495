package org.gongkai.jobs.run;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.testing.TestWarehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's main command, {@code bin/gongkai run}, run as a user runs it (the launcher, in a process of its own,
 * from the checkout being verified): the bundled sample (the seed report and the generated national sample) through
 * ingest, validate, aggregate and the report. The gold figures must equal the same figures computed here from the
 * generator's ground truth (SampleTruth), not from the pipeline's tables. The run's directory,
 * {@code jobs/target/run-it}, is left for the notebooks that scripts/check.sh executes next.
 */
class RunCommandIT {

    private static final int[] YEARS = {BundledSample.FIRST_YEAR, 2022, BundledSample.LAST_YEAR};

    private static final Path ROOT = Path.of(System.getProperty("gongkai.runDirectory"));
    private static final Path HOME = Path.of(System.getProperty("gongkai.home"));

    private static Path root;
    private static int exitStatus;
    private static String printed;
    private static SampleTruth truth;
    private static SparkSession spark;

    @BeforeAll
    static void run() throws Exception {
        root = ROOT.toAbsolutePath();
        if (Files.exists(root)) {
            deleteTree(root);
        }
        Files.createDirectories(root);
        Process process = new ProcessBuilder(HOME.resolve("bin/gongkai").toString(), "run")
                .directory(root.toFile()).redirectErrorStream(false)
                .redirectError(root.resolve("run.log").toFile()).start();
        printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        exitStatus = process.waitFor();
        System.out.print(printed);
        Path seed = TestWarehouse.sharedFixtures().orElseThrow(() -> new IllegalStateException(
                "the seed report's expected values are in ../shared/fixtures/real")).resolve("000_seed_renliu_2023.expected.json");
        spark = SparkSession.builder().master("local[2]").config("spark.ui.enabled", "false")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .getOrCreate();
        truth = SampleTruth.of(root.resolve("sample/expected.jsonl"), seed, undecidedCells());
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /**
     * The cells the pipeline holds as ambiguous ({@code uri table.row.col}, the uri relative to the sample): only
     * flattened digit runs that more than one split explains, each with the printed reading among its candidates.
     */
    private static Set<String> undecidedCells() {
        List<Row> cells = table("cells").join(table("reports").filter("is_current"), "report_id")
                .filter("state = 'ambiguous'")
                .selectExpr("regexp_extract(source_uri, 'files/.*', 0) AS uri", "layout", "table", "row", "col")
                .collectAsList();
        Set<String> undecided = new HashSet<>();
        for (Row cell : cells) {
            assertEquals("flattened", cell.getAs("layout"), "only flattened text leaves a cell undecided: " + cell);
            undecided.add(cell.getAs("uri") + " " + cell.getAs("table") + "." + cell.getAs("row") + "." + cell.getAs("col"));
        }
        return undecided;
    }

    /** The rows of a gold table that meet a condition, read once (each read of a Delta table costs a second or two). */
    private static List<Row> rows(String table, String condition) {
        return table(table).filter(condition).collectAsList();
    }

    private static Dataset<Row> table(String name) {
        return spark.read().format("delta").load(root.resolve("warehouse/gongkai.db").resolve(name).toString());
    }

    @Test
    void everyStepRanAndPrintedItsSummary() throws Exception {
        assertEquals(0, exitStatus, printed);
        long inputs = Files.readAllLines(root.resolve("sample/manifest.csv")).size() - 1 + 1;
        long reports = Files.readAllLines(root.resolve("sample/expected.jsonl")).size() + 1;
        assertTrue(printed.contains(String.format(Locale.ROOT, "reconciliation: inputs read %,d = reports %,d + unchanged 0 "
                + "+ quarantined %,d", inputs, reports, inputs - reports)), printed);
        assertTrue(printed.contains(String.format(Locale.ROOT, "%,d reports checked", reports)), printed);
        assertTrue(printed.contains("gold_national_summary"), printed);
        assertTrue(printed.contains("report: " + root.resolve("report.html")), printed);
        assertTrue(printed.contains("tables: database gongkai in " + root.resolve("warehouse")), printed);
        String html = Files.readString(root.resolve("report.html"));
        assertTrue(html.contains("全国概况") && html.contains("<svg"), "the report has its national section and charts");
    }

    @Test
    void nationalSummaryEqualsTheGroundTruth() {
        for (int year : YEARS) {
            Row row = rows("gold_national_summary", "year = " + year).get(0);
            assertEquals(truth.reports(year), row.<Long>getAs("reports"), "reports " + year);
            assertEquals(truth.reports(year, "own"), row.<Long>getAs("own_reports"), "own reports " + year);
            assertEquals(truth.reports(year, "aggregate"), row.<Long>getAs("aggregate_reports"), "aggregate reports " + year);
            assertEquals(truth.sum(year, null, SampleTruth.Figures::newReceived), row.<Long>getAs("new_received"), "new " + year);
            long handled = truth.sum(year, null, SampleTruth.Figures::handled);
            assertEquals(handled, row.<Long>getAs("handled"), "handled " + year);
            long disclosed = truth.sum(year, null, SampleTruth.Figures::disclosed);
            assertEquals((double) disclosed / handled, row.<Double>getAs("disclosure_rate"), 1e-12, "disclosure rate " + year);
            assertEquals(truth.sum(year, null, SampleTruth.Figures::reviews), row.<Long>getAs("reviews"), "reviews " + year);
            assertEquals((double) truth.sum(year, null, SampleTruth.Figures::reviewsCorrected)
                            / truth.sum(year, null, SampleTruth.Figures::reviewsConcluded),
                    row.<Double>getAs("review_correction_rate"), 1e-12, "review correction rate " + year);
            assertEquals(truth.sum(year, null, SampleTruth.Figures::lawsuits), row.<Long>getAs("lawsuits"), "lawsuits " + year);
        }
    }

    @Test
    void nationalOutcomesByGroupEqualTheGroundTruth() {
        List<Row> outcomes = rows("gold_request_outcomes", "region_level = 'nation' and agency_level = 'all' "
                + "and applicant_type = 'all' and outcome = 'all' and outcome_group <> 'all'");
        for (int year : YEARS) {
            for (String group : List.of("granted", "partially_granted", "denied", "unable", "rejected", "other")) {
                List<Row> rows = outcomes.stream().filter(r -> r.<Integer>getAs("year") == year
                        && r.getAs("outcome_group").equals(group)).toList();
                long expected = truth.sum(year, null, f -> f.outcomeRequests().get(group));
                assertEquals(expected, rows.isEmpty() ? 0L : (long) rows.get(0).<Long>getAs("requests"), group + " " + year);
                if (!rows.isEmpty()) {
                    assertEquals(truth.reports(year, "own"), rows.get(0).<Long>getAs("reports"), "reports beside " + group);
                }
            }
        }
    }

    @Test
    void everyProvinceEqualsTheGroundTruth() {
        List<Row> rates = rows("gold_rates", "region_level = 'province' and agency_level = 'all'");
        List<String> provinces = truth.provinces();
        assertTrue(provinces.size() >= 10, "the sample spans the country: " + provinces);
        for (String province : provinces) {
            for (int year : YEARS) {
                List<Row> rows = rates.stream().filter(r -> r.getAs("region_code").equals(province)
                        && r.<Integer>getAs("year") == year).toList();
                long own = truth.sum(year, province, f -> 1);
                assertEquals(own == 0 ? 0 : 1, rows.size(), province + " " + year);
                if (own > 0) {
                    Row row = rows.get(0);
                    assertEquals(own, row.<Long>getAs("reports"), "reports " + province + " " + year);
                    assertEquals(truth.sum(year, province, SampleTruth.Figures::newReceived), row.<Long>getAs("new_received"),
                            "new " + province + " " + year);
                    assertEquals(truth.sum(year, province, SampleTruth.Figures::handled), row.<Long>getAs("handled"),
                            "handled " + province + " " + year);
                    assertEquals(truth.sum(year, province, SampleTruth.Figures::reviews), row.<Long>getAs("reviews"),
                            "reviews " + province + " " + year);
                }
            }
        }
        assertTrue(rates.stream().allMatch(r -> r.getAs("region_name") != null), "every province is named");
    }
}
