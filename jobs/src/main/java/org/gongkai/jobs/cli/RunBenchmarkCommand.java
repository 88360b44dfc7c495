package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.generate.GenerateJob;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.run.RunJob;
import org.gongkai.jobs.run.RunSummary;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code gongkai bench-run --reports N}: the whole pipeline (ingest, validate, aggregate, report: what {@code run}
 * does) on a generated corpus of about N reports as files, each run into a fresh warehouse. Prints per run and as
 * medians the time of each step, reports/s, and the peak heap and task memory. The corpus is generated once (not
 * measured) and kept with --corpus for the next benchmark.
 */
@Command(name = "bench-run", description = "Measure the whole pipeline on a generated corpus: time per step, reports/s, "
        + "peak memory.")
final class RunBenchmarkCommand implements Callable<Integer> {

    @Mixin
    private CorpusOptions corpusOptions;

    @Option(names = "--runs", description = "measured runs; medians are printed (default: ${DEFAULT-VALUE})")
    private int runs = 3;

    @Option(names = "--corpus", paramLabel = "DIR", description = "keep the generated corpus here and reuse it when "
            + "present (default: a temporary directory)")
    private Path corpus;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        BenchmarkRuns.requireRuns(runs);
        GeneratorConfig generator = corpusOptions.generatorConfig();
        Path base = Files.createTempDirectory("gongkai-bench-run");
        Path files = corpus != null ? corpus : base.resolve("corpus");
        GongkaiConfig config = jobOptions.config().with(GongkaiConfig.CATALOG, "none");
        SparkSession spark = SparkSessions.start(config.with(GongkaiConfig.WAREHOUSE, base.toString()), "bench-run");
        PeakTaskMemory peakTaskMemory = PeakTaskMemory.watch(spark);
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        List<double[]> measured = new ArrayList<>();
        long reportsRead = 0;
        try {
            generateUnlessPresent(spark, files, generator);
            for (int run = 1; run <= runs; run++) {
                GongkaiConfig runConfig = config.with(GongkaiConfig.WAREHOUSE, base.resolve("warehouse-" + run).toString());
                try (MemoryWatch memory = new MemoryWatch()) {
                    long start = System.nanoTime();
                    RunSummary summary = new RunJob(spark, new Warehouse(spark, WarehouseLocation.of(runConfig)), runConfig)
                            .run(new IngestJob.Options(List.of(files.resolve("files").toString()),
                                    List.of(files.resolve("manifest.csv").toString()), null),
                                    base.resolve("report-" + run + ".html"), 20);
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (!summary.completed()) {
                        System.err.println("gongkai bench-run: the run stopped: " + summary.stoppedBecause());
                        return 1;
                    }
                    reportsRead = summary.ingested().reportsWritten();
                    summary.stepSeconds().forEach((step, s) -> steps.computeIfAbsent(step, k -> new ArrayList<>()).add(s));
                    measured.add(new double[]{seconds, memory.peakUsedBytes(), memory.peakLiveAfterGcBytes()});
                    System.out.printf(Locale.ROOT, "run %d: %.1f s, %,d reports, %.0f reports/s (%s)%n", run, seconds,
                            reportsRead, reportsRead / seconds, describe(summary.stepSeconds()));
                }
                BenchmarkRuns.deleteTree(base.resolve("warehouse-" + run));
            }
        } finally {
            spark.stop();
            if (corpus == null) {
                BenchmarkRuns.deleteTree(base);
            }
        }
        double seconds = BenchmarkRuns.median(measured, 0);
        System.out.printf(Locale.ROOT, "%nmedian of %d runs: %.1f s = %.0f reports/s (%d cores, %s)%n", runs, seconds,
                reportsRead / seconds, Runtime.getRuntime().availableProcessors(), config.get("spark.master", "local[*]"));
        for (Map.Entry<String, List<Double>> step : steps.entrySet()) {
            double median = BenchmarkRuns.median(step.getValue());
            System.out.printf(Locale.ROOT, "  %-10s %8.1f s  %8.0f reports/s%n", step.getKey(), median, reportsRead / median);
        }
        BenchmarkRuns.printPeakMemory(measured, peakTaskMemory);
        return 0;
    }

    private static void generateUnlessPresent(SparkSession spark, Path files, GeneratorConfig generator) throws Exception {
        if (Files.isRegularFile(files.resolve("defects.jsonl"))) {
            return;
        }
        long start = System.nanoTime();
        new GenerateJob(generator, files.toUri().toString(), null, new PrintStream(OutputStream.nullOutputStream())).run(spark);
        System.out.printf(Locale.ROOT, "generated the corpus in %s in %.1f s (not measured)%n", files,
                (System.nanoTime() - start) / 1e9);
    }

    private static String describe(Map<String, Double> steps) {
        List<String> parts = new ArrayList<>();
        steps.forEach((step, seconds) -> parts.add(String.format(Locale.ROOT, "%s %.1f s", step, seconds)));
        return String.join(", ", parts);
    }
}
