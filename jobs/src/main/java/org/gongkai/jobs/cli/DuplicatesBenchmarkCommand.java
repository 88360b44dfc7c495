package org.gongkai.jobs.cli;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.validate.NarrativeDuplicates;
import org.gongkai.jobs.warehouse.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.char_length;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * {@code gongkai bench-duplicates --texts N [--runs R]}: writes N synthetic overviews ({@link SyntheticNarratives},
 * about 1% of them last year's text with the year changed) to Parquet, then finds their near duplicates with
 * {@link NarrativeDuplicates#standard()} R times, printing texts/s and the pairs found per run, the median,
 * how many of the planted copies were found, and peak memory as {@code bench-ingest} does.
 */
@Command(name = "bench-duplicates", description = "Measure near-duplicate detection of narratives: texts/s, pairs, peak memory.")
final class DuplicatesBenchmarkCommand implements Callable<Integer> {

    @Option(names = "--texts", required = true, description = "synthetic narratives to compare")
    private long texts;

    @Option(names = "--runs", description = "measured runs; the median is printed (default: ${DEFAULT-VALUE})")
    private int runs = 3;

    @Option(names = "--warmup", description = "runs before the measured ones, to compile the hot code (default: ${DEFAULT-VALUE})")
    private int warmup = 1;

    @Option(names = "--scratch", paramLabel = "DIR", description = "where the throw-away texts and pairs go (default: the system's temporary directory)")
    private Path scratch;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (texts < 2 || runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("--texts must be at least 2, --runs at least 1, --warmup at least 0");
        }
        Path base = Files.createTempDirectory(scratch != null ? Files.createDirectories(scratch) : Path.of(System.getProperty("java.io.tmpdir")),
                "gongkai-bench-duplicates");
        GongkaiConfig config = jobOptions.config().with(GongkaiConfig.CATALOG, "none")
                .with(GongkaiConfig.WAREHOUSE, base.resolve("warehouse").toString());
        SparkSession spark = SparkSessions.start(config, "bench-duplicates");
        PeakTaskMemory peakTaskMemory = PeakTaskMemory.watch(spark);
        String textsPath = base.resolve("texts").toString();
        String pairsPath = base.resolve("pairs").toString();
        try {
            writeTexts(spark, textsPath);
            List<double[]> measured = new ArrayList<>();
            for (int run = 1 - warmup; run <= runs; run++) {
                double[] figures = run(spark, textsPath, pairsPath, run > 0 ? "run " + run : "warm-up " + (run + warmup));
                if (run > 0) {
                    measured.add(figures);
                }
            }
            printPlantedCopiesFound(spark, textsPath, pairsPath);
            print(measured, peakTaskMemory);
        } finally {
            spark.stop();
            BenchmarkRuns.deleteTree(base);
        }
        return 0;
    }

    private void writeTexts(SparkSession spark, String path) {
        long start = System.nanoTime();
        SyntheticNarratives.texts(spark, texts).write().mode(SaveMode.Overwrite).parquet(path);
        Row summary = spark.read().parquet(path).agg(count(lit(1)), avg(char_length(col("text"))),
                sum(when(col("copied"), 1).otherwise(0))).first();
        System.out.printf(Locale.ROOT, "texts %,d (mean %.0f characters), %,d planted copies of last year's text; written in %.1f s%n",
                summary.getLong(0), summary.getDouble(1), summary.getLong(2), (System.nanoTime() - start) / 1e9);
    }

    /** One run, which writes its pairs to {@code pairsPath}; returns seconds, peak heap in use, peak live heap. */
    private double[] run(SparkSession spark, String textsPath, String pairsPath, String label) throws InterruptedException {
        Observation found = new Observation("pairs");
        try (MemoryWatch memory = new MemoryWatch()) {
            long start = System.nanoTime();
            Dataset<Row> pairs = NarrativeDuplicates.standard().pairs(spark.read().parquet(textsPath))
                    .observe(found, count(lit(1)).as("rows"), sum(when(col("same_agency"), 1).otherwise(0)).as("same_agency"));
            pairs.write().mode(SaveMode.Overwrite).parquet(pairsPath);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> counted = found.getAsJava();
            long rows = ((Number) counted.get("rows")).longValue();
            Object sameAgency = counted.get("same_agency");
            System.out.printf(Locale.ROOT, "%s: %.1f s, %,d texts, %.0f texts/s, %,d pairs found (%,d of them same agency)%n",
                    label, seconds, texts, texts / seconds, rows / 2, sameAgency == null ? 0 : ((Number) sameAgency).longValue() / 2);
            return new double[]{seconds, memory.peakUsedBytes(), memory.peakLiveAfterGcBytes()};
        }
    }

    /** The planted copies whose pair with last year's report of the same agency was found. */
    private static void printPlantedCopiesFound(SparkSession spark, String textsPath, String pairsPath) {
        Dataset<Row> planted = spark.read().parquet(textsPath).filter(col("copied"))
                .selectExpr("report_id", "concat(agency_key, '-', year - 1) as previous_id");
        Dataset<Row> pairs = spark.read().parquet(pairsPath);
        long found = planted.join(pairs, planted.col("report_id").equalTo(pairs.col("report_id"))
                .and(planted.col("previous_id").equalTo(pairs.col("other_report_id")))).count();
        System.out.printf(Locale.ROOT, "planted copies found with last year's report: %,d of %,d%n", found, planted.count());
    }

    private void print(List<double[]> measured, PeakTaskMemory peakTaskMemory) {
        double seconds = BenchmarkRuns.median(measured, 0);
        System.out.printf(Locale.ROOT, "%nmedian of %d runs after %d warm-up: %.1f s = %.0f texts/s (%d cores)%n",
                measured.size(), warmup, seconds, texts / seconds, Runtime.getRuntime().availableProcessors());
        BenchmarkRuns.printPeakMemory(measured, peakTaskMemory);
    }
}
