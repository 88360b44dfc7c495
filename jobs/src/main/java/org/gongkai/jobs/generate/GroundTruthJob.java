package org.gongkai.jobs.generate;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.CorpusStats;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.UniverseAgency;
import org.gongkai.jobs.generate.GroundTruthPartition.Spill;
import org.gongkai.jobs.warehouse.RunIds;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import static org.apache.spark.sql.functions.col;

/**
 * {@code gongkai generate --into-warehouse}: a generated corpus's ground truth (the reports as printed, defects
 * included: what a correct parser reads) written straight into a warehouse's {@code reports} and {@code cells}
 * tables, with the injected defects in {@code generated_defects}; nothing is written as a file or parsed.
 *
 * <p>The executors generate agency by agency; the cells rows stream into one Delta write, and the report and
 * defect rows (a two-hundredth of them) are spilled beside the warehouse and written after, so each report is
 * generated once and no step holds more than an agency's reports. A database holds one generated corpus: each
 * table's content is replaced in one commit, so a rerun (or a run that died half way, run again) leaves the
 * same rows and never duplicates them; a database that holds ingested data is refused.
 */
public final class GroundTruthJob {

    /** Agencies per Spark task: about 7,000 reports and 1.4 million cells, so the tables get files of a useful size. */
    private static final int AGENCIES_PER_PARTITION = 1000;
    /**
     * A task's rows span every year, and the tables are partitioned by year: with a file open per year, Spark
     * writes them as they come instead of sorting the task's rows first (a tenth of the run's CPU).
     */
    private static final String CONCURRENT_WRITERS = "spark.sql.maxConcurrentOutputFileWriters";
    private static final List<TableDef> TABLES = List.of(Tables.REPORTS, Tables.CELLS, Tables.GENERATED_DEFECTS);

    /**
     * What a run wrote.
     *
     * @param steps the time of each step, as printed
     */
    public record Result(String runId, int agencies, CorpusStats stats, long reportRows, long cellRows,
                         long defectRows, double seconds, String steps) {
    }

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final GeneratorConfig config;
    private final String out;
    private final Integer partitions;
    private final PrintStream console;

    /**
     * @param out        a directory for defects.jsonl, or null
     * @param partitions Spark tasks for the generation, or null for about {@value #AGENCIES_PER_PARTITION} agencies each
     */
    public GroundTruthJob(SparkSession spark, Warehouse warehouse, GeneratorConfig config, String out, Integer partitions,
                          PrintStream console) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.config = config;
        this.out = out;
        this.partitions = partitions;
        this.console = console;
    }

    public Result run() throws IOException {
        StepTimes clock = new StepTimes();
        String runId = RunIds.next();
        refuseIngestedData();
        TABLES.forEach(warehouse::ensure);
        List<String> agencies = AgencyUniverse.of(config.seed(), config.scale()).agencies().stream()
                .map(UniverseAgency::id).toList();
        int slices = slices(agencies.size());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        HadoopFiles scratch = new HadoopFiles(warehouse.location().root() + "/_generate/" + runId, hadoop);
        HadoopFiles outFiles = out == null ? null : new HadoopFiles(out, hadoop);
        String writers = spark.conf().get(CONCURRENT_WRITERS, "0");
        spark.conf().set(CONCURRENT_WRITERS, "16");
        clock.done("tables checked");
        try {
            GroundTruthPartition generate = new GroundTruthPartition(config, new GroundTruthRows(runId, Instant.now()),
                    scratch, outFiles);
            JavaRDD<Row> cells = JavaSparkContext.fromSparkContext(spark.sparkContext())
                    .parallelize(agencies, slices).mapPartitionsWithIndex(generate, false);
            long cellRows = warehouse.replace(Tables.CELLS, spark.createDataFrame(cells, Tables.CELLS.schema()));
            clock.done("generated and wrote cells");
            long reportRows = warehouse.replace(Tables.REPORTS, spilled(scratch, Spill.REPORTS, slices, Tables.REPORTS));
            clock.done("reports");
            long defectRows = warehouse.replace(Tables.GENERATED_DEFECTS,
                    spilled(scratch, Spill.DEFECTS, slices, Tables.GENERATED_DEFECTS));
            clock.done("generated_defects");
            if (outFiles != null) {
                outFiles.concatenate(PartitionWriter.PARTS + "/defects", "defects.jsonl");
                outFiles.delete(PartitionWriter.PARTS);
            }
            Result result = new Result(runId, agencies.size(), statistics(scratch, slices), reportRows, cellRows,
                    defectRows, clock.totalSeconds(), clock.describe());
            print(result);
            return result;
        } finally {
            spark.conf().set(CONCURRENT_WRITERS, writers);
            scratch.delete("");
            scratch.close();
            if (outFiles != null) {
                outFiles.close();
            }
        }
    }

    private int slices(int agencies) {
        return partitions != null ? partitions : Math.max(spark.sparkContext().defaultParallelism(),
                (agencies + AGENCIES_PER_PARTITION - 1) / AGENCIES_PER_PARTITION);
    }

    /** Replacing the tables' content is only safe where they hold nothing but a generated corpus. */
    private void refuseIngestedData() {
        String database = warehouse.location().database();
        boolean ingestedReports = warehouse.exists(Tables.REPORTS) && !warehouse.read(Tables.REPORTS)
                .filter(col("source_kind").notEqual(GroundTruthRows.SOURCE_KIND)).isEmpty();
        boolean ingestedFiles = warehouse.exists(Tables.RAW_FILES) && !warehouse.isEmpty(Tables.RAW_FILES);
        if (ingestedReports || ingestedFiles) {
            throw new IllegalArgumentException("the database " + database + " in " + warehouse.location().root()
                    + " holds ingested reports; generate --into-warehouse replaces the content of the reports, cells"
                    + " and generated_defects tables, so give it a database of its own (--set gongkai.database=NAME)");
        }
    }

    /** The rows the tasks spilled, read back a few part files per task. */
    private Dataset<Row> spilled(HadoopFiles scratch, Spill spill, int parts, TableDef table) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = IntStream.range(0, parts).mapToObj(spill::file).toList();
        FlatMapFunction<String, Row> read = file -> {
            // Each task reads through its own copy of the scratch files; closed with the task.
            TaskContext.get().addTaskCompletionListener((TaskCompletionListener) context -> Quietly.close(scratch));
            return ObjectSpill.read(scratch, file);
        };
        int slices = Math.max(sc.defaultParallelism(), parts / 8);
        return spark.createDataFrame(sc.parallelize(files, Math.min(slices, parts)).flatMap(read), table.schema());
    }

    private static CorpusStats statistics(HadoopFiles scratch, int parts) throws IOException {
        CorpusStats total = new CorpusStats();
        for (int p = 0; p < parts; p++) {
            Iterator<CorpusStats> stats = ObjectSpill.read(scratch, Spill.STATS.file(p));
            total.merge(stats.next());
        }
        return total;
    }

    /** The file generator's statistics, then what was written and how fast. */
    private void print(Result result) {
        console.printf("generated into %s (warehouse %s), run %s: %,d agencies (scale %.5f), years %d-%d, seed %d%n",
                warehouse.location().database(), warehouse.location().root(), result.runId(), result.agencies(),
                config.scale(), config.firstYear(), config.lastYear(), config.seed());
        console.print(result.stats().describeCorpus());
        console.printf(Locale.ROOT, "rows written: reports %,d, cells %,d, generated_defects %,d%n",
                result.reportRows(), result.cellRows(), result.defectRows());
        console.printf(Locale.ROOT, "time: %.1f s, %.0f reports/s (%s)%n", result.seconds(),
                result.seconds() > 0 ? result.stats().reports() / result.seconds() : 0.0, result.steps());
    }
}
