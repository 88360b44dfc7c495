package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.generate.GroundTruthJob;
import org.gongkai.jobs.validate.ValidateJob;
import org.gongkai.jobs.validate.ValidationSummary;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.col;

/**
 * {@code gongkai bench-validate --reports N}: the validate job on the cells of about N generated reports (their
 * ground truth written straight into a warehouse, as {@code generate --into-warehouse} does; kept with --warehouse
 * for the next benchmark). Prints per run the time, reports/s and cells/s; then the medians, the peak heap, Spark's
 * peak task memory, and the ratio to a baseline measured in the same session: one pass that reads every cell and
 * groups it by report, the least any check of every report must do.
 */
@Command(name = "bench-validate", description = "Measure the validate job on generated reports: reports/s, peak memory, "
        + "ratio to a plain pass over the cells.")
final class ValidateBenchmarkCommand implements Callable<Integer> {

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = "--runs", description = "measured runs; medians are printed (default: ${DEFAULT-VALUE})")
    private int runs = 3;

    @Option(names = "--warehouse", paramLabel = "DIR",
            description = "keep the generated reports here and reuse them when present (default: a temporary directory)")
    private Path warehouseDirectory;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws IOException {
        BenchmarkRuns.requireRuns(runs);
        GeneratorConfig generator = corpusOptions.generatorConfig();
        Path base = warehouseDirectory != null ? Files.createDirectories(warehouseDirectory)
                : Files.createTempDirectory("gongkai-bench-validate");
        GongkaiConfig config = jobOptions.config().with(GongkaiConfig.CATALOG, "none")
                .with(GongkaiConfig.WAREHOUSE, base.toString());
        SparkSession spark = SparkSessions.start(config, "bench-validate");
        PeakTaskMemory peakTaskMemory = PeakTaskMemory.watch(spark);
        try {
            Warehouse warehouse = new Warehouse(spark, WarehouseLocation.of(config));
            long cells = ensureReports(spark, warehouse, generator);
            long count = warehouse.read(Tables.REPORTS).filter(col("is_current")).count();
            System.out.printf(Locale.ROOT, "warehouse %s: %,d reports, %,d cells%n", base, count, cells);
            double baseline = baseline(warehouse);
            List<double[]> measured = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                try (MemoryWatch memory = new MemoryWatch()) {
                    long start = System.nanoTime();
                    ValidationSummary summary = new ValidateJob(spark, warehouse, config).run();
                    double seconds = (System.nanoTime() - start) / 1e9;
                    measured.add(new double[]{seconds, memory.peakUsedBytes(), memory.peakLiveAfterGcBytes()});
                    System.out.printf(Locale.ROOT, "run %d: %.1f s, %,d reports, %.0f reports/s, %.0f cells/s%n", run,
                            seconds, summary.reports(), summary.reports() / seconds, cells / seconds);
                }
            }
            double seconds = BenchmarkRuns.median(measured, 0);
            System.out.printf(Locale.ROOT, "%nmedian of %d runs: %.1f s = %.0f reports/s (%d cores, %s)%n", runs, seconds,
                    count / seconds, Runtime.getRuntime().availableProcessors(), spark.sparkContext().master());
            System.out.printf(Locale.ROOT, "baseline (read every cell, group by report): %.1f s; validate / baseline = %.1f%n",
                    baseline, seconds / baseline);
            BenchmarkRuns.printPeakMemory(measured, peakTaskMemory);
            return 0;
        } finally {
            spark.stop();
            if (warehouseDirectory == null) {
                BenchmarkRuns.deleteTree(base);
            }
        }
    }

    /** Writes the generated reports unless the warehouse has them; returns the number of cells. */
    private static long ensureReports(SparkSession spark, Warehouse warehouse, GeneratorConfig generator) throws IOException {
        if (!warehouse.exists(Tables.REPORTS) || warehouse.isEmpty(Tables.REPORTS)) {
            long start = System.nanoTime();
            new GroundTruthJob(spark, warehouse, generator, null, null,
                    new PrintStream(OutputStream.nullOutputStream())).run();
            System.out.printf(Locale.ROOT, "generated the reports' ground truth in %.1f s (not measured)%n",
                    (System.nanoTime() - start) / 1e9);
        }
        return warehouse.read(Tables.CELLS).count();
    }

    /** One pass over every cell, grouped by report: the floor under any check of every report. */
    private static double baseline(Warehouse warehouse) {
        long start = System.nanoTime();
        warehouse.read(Tables.CELLS).groupBy("report_id").count().write().format("noop").mode("overwrite").save();
        return (System.nanoTime() - start) / 1e9;
    }
}
