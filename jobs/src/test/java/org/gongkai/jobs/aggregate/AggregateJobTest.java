package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Column;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.export.TableExport;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aggregate job on a real Delta warehouse with an embedded catalog: the silver rows of {@link AggregationTest}
 * written as tables, the job run twice, the gold tables read back by name; then the exports of those tables.
 */
class AggregateJobTest {

    private static final String DATABASE = "agg";

    @TempDir
    static Path root;
    private static TestWarehouse tests;
    private static SparkSession spark;
    private static Warehouse warehouse;
    private static AggregateSummary first;
    private static AggregateSummary second;

    @BeforeAll
    static void runTwice() {
        tests = new TestWarehouse(root.resolve("warehouse"));
        spark = tests.spark();
        warehouse = tests.warehouse(tests.config(DATABASE, "hive"));
        SilverRows silver = AggregationTest.silver();
        for (TableDef table : List.of(Tables.REPORTS, Tables.CELLS, Tables.REQUEST_OUTCOMES, Tables.REPORT_QUALITY,
                Tables.RULE_RESULTS)) {
            warehouse.ensure(table);
            warehouse.append(table, silver.frame(spark, table));
        }
        first = new AggregateJob(spark, warehouse).run();
        second = new AggregateJob(spark, warehouse).run();
    }

    @AfterAll
    static void stop() {
        tests.stop();
    }

    @Test
    void goldTablesAreInTheCatalogWithTheRowsWritten() {
        for (TableDef table : GoldTables.ALL) {
            String name = DATABASE + "." + table.name();
            assertTrue(spark.catalog().tableExists(name), name);
            assertEquals(second.rowsWritten().get(table.name()), spark.table(name).count(), name);
            assertTrue(second.rowsWritten().get(table.name()) > 0, name);
        }
        Row nation = spark.sql("SELECT * FROM " + DATABASE + ".gold_rates WHERE region_level = 'nation' "
                + "AND agency_level = 'all' AND year = 2023").first();
        // As AggregationTest works them out: new 10+5+0+10+100+5, handled 11+5+0+10+100+5.
        assertEquals(List.of(6L, 130L, 131L), Arrays.asList(nation.getAs("reports"), nation.getAs("new_received"),
                nation.getAs("handled")));
        assertEquals("全国", nation.getAs("region_name"));
    }

    @Test
    void aRerunReplacesEachTableInOneCommit() {
        assertEquals(first.rowsWritten(), second.rowsWritten());
        for (TableDef table : GoldTables.ALL) {
            List<Row> history = spark.sql("DESCRIBE HISTORY " + DATABASE + "." + table.name()).collectAsList();
            // The creation and one overwrite per run.
            assertEquals(List.of("CREATE TABLE", "WRITE", "WRITE"), history.stream()
                    .map(r -> r.<String>getAs("operation")).sorted().toList(), table.name());
            assertEquals(List.of(second.runId()), spark.table(DATABASE + "." + table.name()).select("run_id").distinct()
                    .collectAsList().stream().map(r -> r.getString(0)).toList(), table.name());
        }
    }

    @Test
    void theColumnsKeepTheirComments() throws Exception {
        Map<String, String> comments = new HashMap<>();
        for (Column column : spark.catalog().listColumns(DATABASE + ".gold_request_outcomes").collectAsList()) {
            comments.put(column.name(), column.description());
        }
        for (var field : GoldTables.REQUEST_OUTCOMES.schema().fields()) {
            assertEquals(field.getComment().get(), comments.get(field.name()), field.name());
        }
    }

    @Test
    void theSummaryPrintsRowsPerTableAndTheNationPerYear() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        second.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        for (TableDef table : GoldTables.ALL) {
            assertTrue(printed.contains(table.name()), printed);
        }
        // 2023: 8 reports, 6 own, 1 aggregate, 130 new, 131 handled, (118+4)/131 disclosed.
        assertTrue(printed.contains("  2023         8         6         1           130         131      93.1%"), printed);
        assertTrue(printed.contains("  2022         1         1         0             4           2     100.0%"), printed);
    }

    @Test
    void withoutValidateTheJobSaysWhatToRun() {
        Warehouse fresh = tests.warehouse(tests.config("agg_unvalidated", "hive"));
        fresh.ensure(Tables.REPORTS);
        fresh.ensure(Tables.CELLS);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AggregateJob(spark, fresh).run());
        assertTrue(error.getMessage().contains("run validate first"), error.getMessage());
    }

    // exports

    @Test
    void aCsvExportOpensInExcelWithItsChinese() throws IOException {
        Path out = root.resolve("rates.csv");
        TableExport.Result result = export().export("gold_rates", "region_level = 'county' AND year = 2023",
                TableExport.Format.CSV, out.toString(), false);
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", GoldTables.RATES.schema().fieldNames()), lines[0]);
        // Counties of 2023: 临潼区 (r1, r2), 雁塔区 (r3), 朝阳区 (r7), each for all agencies and its own levels.
        long expected = spark.table(DATABASE + ".gold_rates").where("region_level = 'county' AND year = 2023").count();
        assertEquals(expected, result.rows());
        assertEquals(expected + 1, lines.length);
        String linTong = Arrays.stream(lines).filter(l -> l.startsWith("county,610115,临潼区,all,2023,2,15,1,16,"))
                .findFirst().orElseThrow(() -> new AssertionError(String.join("\n", lines)));
        assertTrue(linTong.endsWith("," + second.runId()), linTong);
    }

    @Test
    void csvQuotesAsRfc4180AndWritesNestedColumnsAsJson() throws IOException {
        Path out = root.resolve("reports.csv");
        export().export("reports", "report_id = 'r1'", TableExport.Format.CSV, out.toString(), false);
        String text = Files.readString(out, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertEquals(2, lines.length, text);
        // The title 2023年度"政府信息公开",工作报告: quoted for its comma, its quotes doubled; a null is an empty field.
        assertTrue(lines[1].startsWith("r1,r1,true,2023,2021,\"2023年度\"\"政府信息公开\"\",工作报告\",机关 r1,county,own,"
                + "610115,61,6101,610115,,2024-01-20,"), lines[1]);
        assertTrue(lines[1].endsWith(",2024-02-01 00:00:00,,pipe-text,UTF-8,{},parsed,[],{},test,silver-run"), lines[1]);
    }

    @Test
    void aParquetExportIsADirectorySparkReadsBack() {
        Path out = root.resolve("outcomes.parquet");
        TableExport.Result result = export().export("gold_request_outcomes", "outcome = 'all'", TableExport.Format.PARQUET,
                out.toString(), false);
        assertTrue(Files.isDirectory(out));
        assertEquals(spark.table(DATABASE + ".gold_request_outcomes").where("outcome = 'all'").count(), result.rows());
        assertEquals(result.rows(), spark.read().parquet(out.toString()).where("outcome = 'all'").count());
    }

    @Test
    void anExportRefusesWhatItCannotDo() {
        IllegalArgumentException noTable = assertThrows(IllegalArgumentException.class,
                () -> export().rows("gold_nothing", null));
        assertTrue(noTable.getMessage().contains("no table gold_nothing"), noTable.getMessage());
        IllegalArgumentException badCondition = assertThrows(IllegalArgumentException.class,
                () -> export().rows("gold_rates", "no_such_column = 1"));
        assertTrue(badCondition.getMessage().startsWith("--where"), badCondition.getMessage());
        Path existing = root.resolve("existing.csv");
        export().export("gold_national_summary", null, TableExport.Format.CSV, existing.toString(), false);
        IllegalArgumentException exists = assertThrows(IllegalArgumentException.class, () -> export().export(
                "gold_national_summary", null, TableExport.Format.CSV, existing.toString(), false));
        assertTrue(exists.getMessage().contains("--overwrite"), exists.getMessage());
        assertEquals(2, export().export("gold_national_summary", null, TableExport.Format.CSV, existing.toString(), true)
                .rows());
    }

    private static TableExport export() {
        GongkaiConfig config = tests.config(DATABASE, "hive");
        return new TableExport(spark, WarehouseLocation.of(config));
    }
}
