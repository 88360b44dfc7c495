package org.gongkai.jobs.generate;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.CorpusStats;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.ManifestCsv;
import org.gongkai.generate.UniverseAgency;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code gongkai generate}: the synthetic national corpus with its ground truth. The driver lists the sampled
 * agencies; the executors generate each agency's reports and write the raw files and their part of the outputs
 * through the Hadoop FileSystem API; the driver then joins the parts, in partition order, into manifest.csv,
 * expected.jsonl and defects.jsonl, and prints the statistics. Same config, same bytes, whatever the partitioning.
 */
public final class GenerateJob {

    /** Agencies per Spark task (aggregates weigh more, since they sum their region). */
    private static final int AGENCIES_PER_PARTITION = 200;

    private final GeneratorConfig config;
    private final String out;
    private final Integer partitions;
    private final PrintStream console;

    public GenerateJob(GeneratorConfig config, String out, Integer partitions, PrintStream console) {
        this.config = config;
        this.out = out;
        this.partitions = partitions;
        this.console = console;
    }

    /** Runs the job in a session of its own (local[*] unless a master is configured) and stops it. */
    public CorpusStats run() throws IOException {
        SparkSession spark = startSession();
        try {
            return run(spark);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in the given session. */
    public CorpusStats run(SparkSession spark) throws IOException {
        long start = System.nanoTime();
        List<String> agencies = listAgencies();
        CorpusStats stats;
        try (HadoopFiles files = new HadoopFiles(out, spark.sparkContext().hadoopConfiguration())) {
            files.delete(PartitionWriter.PARTS);
            stats = generate(spark, agencies, files);
            mergeOutputs(files);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        printStatistics(stats, agencies.size(), seconds);
        return stats;
    }

    private static SparkSession startSession() {
        SparkConf conf = new SparkConf().setAppName("gongkai generate");
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private List<String> listAgencies() {
        return AgencyUniverse.of(config.seed(), config.scale()).agencies().stream().map(UniverseAgency::id).toList();
    }

    private CorpusStats generate(SparkSession spark, List<String> agencies, HadoopFiles files) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = partitions != null ? partitions
                : Math.max(sc.defaultParallelism(), (agencies.size() + AGENCIES_PER_PARTITION - 1) / AGENCIES_PER_PARTITION);
        JavaRDD<CorpusStats> stats = sc.parallelize(agencies, Math.max(1, slices))
                .mapPartitionsWithIndex(new PartitionWriter(config, files), false);
        return stats.reduce(CorpusStats::merge);
    }

    private void mergeOutputs(HadoopFiles files) throws IOException {
        try (OutputStream manifest = files.create("manifest.csv")) {
            manifest.write(ManifestCsv.header().getBytes(StandardCharsets.UTF_8));
            files.appendAll(PartitionWriter.PARTS + "/manifest", manifest);
        }
        files.concatenate(PartitionWriter.PARTS + "/expected", "expected.jsonl");
        files.concatenate(PartitionWriter.PARTS + "/defects", "defects.jsonl");
        files.delete(PartitionWriter.PARTS);
    }

    private void printStatistics(CorpusStats stats, int agencies, double seconds) {
        console.printf("generated %s: %,d agencies (scale %.5f), years %d-%d, seed %d%n", out, agencies, config.scale(),
                config.firstYear(), config.lastYear(), config.seed());
        console.print(stats.format(seconds));
    }
}
