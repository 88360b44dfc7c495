package org.gongkai.jobs.validate;

import org.apache.spark.sql.Row;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real published reports of ../shared/fixtures/real, ingested and validated as a user would: the errors they
 * are known to print are found, with the right figures, and nothing else is flagged.
 */
class RealReportsValidationTest {

    private static final List<String> REAL_REPORTS = List.of("000_seed_renliu_2023.txt", "001.txt", "003.txt",
            "005.txt", "008.md", "011.html", "013_shuyang_ndrc_2023.html", "014_hongze_2023.pdf", "015_hongze_2024.pdf");
    private static final String SHANGHAI_2019 = "011.html";
    private static final String HONGZE_2023 = "014_hongze_2023.pdf";
    private static final String HONGZE_2024 = "015_hongze_2024.pdf";

    @TempDir
    static Path root;
    private static TestWarehouse tests;
    private static List<Row> results;

    @BeforeAll
    static void ingestAndValidate() {
        Path dir = TestWarehouse.sharedFixtures().orElse(null);
        Assumptions.assumeTrue(dir != null, "../shared/fixtures/real is absent: the real-report tests are skipped");
        tests = new TestWarehouse(root.resolve("warehouse"));
        GongkaiConfig config = tests.config("real", "hive");
        Warehouse warehouse = tests.warehouse(config);
        new IngestJob(tests.spark(), warehouse, config).run(new IngestJob.Options(
                REAL_REPORTS.stream().map(name -> dir.resolve(name).toString()).toList(), List.of(), null));
        ValidationSummary summary = new ValidateJob(tests.spark(), warehouse, config).run();
        assertEquals(REAL_REPORTS.size(), summary.reports());
        results = warehouse.read(Tables.RULE_RESULTS).join(warehouse.read(Tables.REPORTS)
                        .select(col("report_id"), col("input_uri")), "report_id")
                .collectAsList();
    }

    @AfterAll
    static void stop() {
        if (tests != null) {
            tests.stop();
        }
    }

    @Test
    void theOnlyStrictFailuresAreHongze2023sTable4Totals() {
        assertEquals(Set.of(HONGZE_2023 + " D3 review", HONGZE_2023 + " D3 litigation_after_review"),
                findings("status"));
        Row review = result(HONGZE_2023, "D3", "review");
        assertEquals(0, new BigDecimal("0").compareTo(review.getAs("actual")), "printed 总计");
        assertEquals(0, new BigDecimal("11").compareTo(review.getAs("expected")), "维持 10 + 纠正 1");
        assertEquals(0, new BigDecimal("5").compareTo(result(HONGZE_2023, "D3", "litigation_after_review")
                .getAs("expected")));
        assertTrue(review.<String>getAs("message").startsWith("表四行政复议行："), review.<String>getAs("message"));
    }

    @Test
    void shanghai2019sBlankTotalColumnIsNotEvaluableStrictlyAndFailsOnlyLeniently() {
        Set<String> lenientOnly = findings("lenient_status");
        lenientOnly.removeAll(findings("status"));
        assertEquals(Set.of(SHANGHAI_2019), lenientOnly.stream().map(f -> f.split(" ")[0]).collect(Collectors.toSet()),
                "only 上海 2019 fails leniently where it cannot be checked strictly: " + lenientOnly);
        assertEquals(Set.of("D1", "D2", "X4"), lenientOnly.stream().map(f -> f.split(" ")[1]).collect(Collectors.toSet()));
        Row total = result(SHANGHAI_2019, "D1", "total");
        assertEquals(RuleResults.NOT_EVALUABLE, total.getAs("status"));
        assertTrue(total.<String>getAs("message").contains("·总计为空白"), total.<String>getAs("message"));
    }

    @Test
    void shanghai2019sNarrativeStates258WhereTheTableHas275() {
        Row granted = result(SHANGHAI_2019, "X4", "granted_or_partially");
        assertEquals(RuleResults.NOT_EVALUABLE, granted.getAs("status"), "the table's blank cells are not zeros strictly");
        assertEquals(RuleResults.FAIL, granted.getAs("lenient_status"));
        assertEquals(0, new BigDecimal("258").compareTo(granted.getAs("lenient_actual")), "stated");
        assertEquals(0, new BigDecimal("275").compareTo(granted.getAs("lenient_expected")), "予以公开 + 部分公开");
        assertTrue(granted.<String>getAs("message").contains("写 258，表中为 275，相差 -17"), granted.<String>getAs("message"));
        Row unable = result(SHANGHAI_2019, "X4", "unable");
        assertEquals(0, new BigDecimal("265").compareTo(unable.getAs("lenient_actual")));
        assertEquals(0, new BigDecimal("337").compareTo(unable.getAs("lenient_expected")));
    }

    @Test
    void hongze2024IsCheckedAgainst2023AlthoughItsNameNowCarriesThePrefecture() {
        List<Row> crossYear = results.stream().filter(r -> uri(r).endsWith("/" + HONGZE_2024)
                && r.<String>getAs("rule_id").startsWith("X") && !r.<String>getAs("rule_id").equals("X4")).toList();
        assertEquals(Set.of("X1", "X2"), crossYear.stream().map(r -> r.<String>getAs("rule_id")).collect(Collectors.toSet()));
        assertTrue(crossYear.stream().allMatch(r -> r.getAs("status").equals(RuleResults.PASS)), crossYear.toString());
        assertEquals(RuleResults.PASS, result(HONGZE_2024, "C1", "tables").getAs("status"), "not a copy of 2023");
    }

    @Test
    void statedFiguresAreComparedOnlyWhereTheNarrativeStatesThem() {
        // 008 writes 受理749 (713 new + 36 carried over): an intake count, not a statement of new requests.
        assertTrue(results.stream().noneMatch(r -> uri(r).endsWith("/008.md") && r.getAs("rule_id").equals("X4")
                && r.getAs("instance").equals("new_received")));
        assertEquals(RuleResults.PASS, result("005.txt", "X4", "granted_or_partially").getAs("status"));
    }

    /** "file rule instance" of every result whose status column says fail. */
    private static Set<String> findings(String statusColumn) {
        return results.stream().filter(r -> r.getAs(statusColumn).equals(RuleResults.FAIL))
                .map(r -> fileName(r) + " " + r.getAs("rule_id") + " " + r.getAs("instance"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Row result(String file, String rule, String instance) {
        List<Row> rows = results.stream().filter(r -> uri(r).endsWith("/" + file) && r.getAs("rule_id").equals(rule)
                && r.getAs("instance").equals(instance)).toList();
        assertEquals(1, rows.size(), file + " " + rule + " " + instance);
        return rows.get(0);
    }

    private static String uri(Row result) {
        return result.getAs("input_uri");
    }

    private static String fileName(Row result) {
        return uri(result).substring(uri(result).lastIndexOf('/') + 1);
    }
}
