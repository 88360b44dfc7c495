package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.ingest.IngestSummary;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code gongkai bench-ingest --corpus DIR [--manifest CSV] [--runs N]}: ingests a corpus (for instance one
 * made by {@code gongkai generate}) into a fresh warehouse several times and prints the medians of
 * reports/s and MB/s, with the peak heap of the JVM (driver and executors are one JVM in local mode) and
 * Spark's peak execution memory per task.
 */
@Command(name = "bench-ingest", description = "Measure the ingest job on a corpus: reports/s, MB/s, peak memory.")
final class IngestBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "the report files to ingest")
    private Path corpus;

    @Option(names = "--manifest", paramLabel = "CSV", description = "the corpus's manifest")
    private List<String> manifests = new ArrayList<>();

    @Option(names = "--runs", description = "measured runs; medians are printed (default: ${DEFAULT-VALUE})")
    private int runs = 3;

    @Option(names = "--warmup", description = "runs before the measured ones, to compile the hot code (default: ${DEFAULT-VALUE})")
    private int warmup = 1;

    @Option(names = "--scratch", paramLabel = "DIR", description = "where the throw-away warehouses go (default: a temporary directory)")
    private Path scratch;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws IOException {
        BenchmarkRuns.requireRuns(runs);
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, got: " + warmup);
        }
        long bytes = corpusBytes();
        Path base = scratch != null ? Files.createDirectories(scratch) : Files.createTempDirectory("gongkai-bench-ingest");
        GongkaiConfig config = jobOptions.config().with(GongkaiConfig.CATALOG, "none");
        SparkSession spark = SparkSessions.start(config.with(GongkaiConfig.WAREHOUSE, base.toString()), "bench-ingest");
        PeakTaskMemory peakTaskMemory = PeakTaskMemory.watch(spark);
        List<double[]> measured = new ArrayList<>();
        IngestSummary summary = null;
        try {
            for (int run = 1 - warmup; run <= runs; run++) {
                GongkaiConfig runConfig = config.with(GongkaiConfig.WAREHOUSE, base.resolve("warehouse-" + (run + warmup)).toString());
                try (MemoryWatch memory = new MemoryWatch()) {
                    long start = System.nanoTime();
                    summary = new IngestJob(spark, new Warehouse(spark, WarehouseLocation.of(runConfig)), runConfig)
                            .run(new IngestJob.Options(List.of(corpus.toString()), manifests, null));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (run > 0) {
                        measured.add(new double[]{seconds, memory.peakUsedBytes(), memory.peakLiveAfterGcBytes()});
                    }
                    System.out.printf(Locale.ROOT, "%s %d: %.1f s, %,d reports, %.0f reports/s%n",
                            run > 0 ? "run" : "warm-up", run > 0 ? run : run + warmup, seconds,
                            summary.reportsWritten(), summary.reportsWritten() / seconds);
                }
                BenchmarkRuns.deleteTree(base.resolve("warehouse-" + (run + warmup)));
            }
        } finally {
            spark.stop();
        }
        print(summary, bytes, measured, peakTaskMemory);
        return 0;
    }

    private void print(IngestSummary last, long bytes, List<double[]> measured, PeakTaskMemory peakTaskMemory) {
        double seconds = BenchmarkRuns.median(measured, 0);
        System.out.printf(Locale.ROOT, "%ninputs %,d (%,.1f MB): %,d reports, %,d quarantined%n", last.inputsRead(),
                bytes / 1e6, last.reportsWritten(), last.quarantined());
        System.out.printf(Locale.ROOT, "median of %d runs after %d warm-up: %.1f s = %.0f reports/s = %.2f MB/s (%d cores, local[*])%n",
                measured.size(), warmup, seconds, last.reportsWritten() / seconds, bytes / 1e6 / seconds,
                Runtime.getRuntime().availableProcessors());
        BenchmarkRuns.printPeakMemory(measured, peakTaskMemory);
    }


    private long corpusBytes() throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
