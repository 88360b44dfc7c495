package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.ingest.IngestJob;
import org.gongkai.jobs.run.BundledSample;
import org.gongkai.jobs.run.RunJob;
import org.gongkai.jobs.run.RunSummary;
import org.gongkai.jobs.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gongkai run [INPUT…]}: ingest → validate → aggregate → report in one command. With no INPUT it is the
 * embedded default: the bundled sample (the seed report and the generated national sample) into the local warehouse.
 * Exit status 0 when every step completed, 1 when one stopped the run (its reason is printed), 2 for a usage error.
 */
@Command(name = "run", description = "Ingest, validate, aggregate and write the HTML report in one go; with no INPUT, "
        + "the bundled sample (the seed report and a generated national sample of about 3,000 reports, 2021-2023).")
final class RunCommand implements Callable<Integer> {

    private static final String SEED_REPORT = "data/sample/000_seed_renliu_2023.txt";

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "what ingest reads (see ingest); none: the bundled sample")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "CSV", description = "manifest for the inputs (see ingest)")
    private List<String> manifests = new ArrayList<>();

    @Option(names = "--since", paramLabel = "WHEN", description = "ingest only files modified after WHEN, or 'last' (see ingest)")
    private String since;

    @Option(names = "--sample", paramLabel = "DIR", defaultValue = "sample",
            description = "where the bundled national sample is generated on first use (default: ${DEFAULT-VALUE})")
    private Path sampleDirectory;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "report.html",
            description = "the HTML report to write (default: ${DEFAULT-VALUE})")
    private Path report;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "20", description = "worst reports listed in the report")
    private int worst;

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        PrintStream out = JobOptions.console();
        return jobOptions.runInSession("run", (spark, config, warehouse) -> {
            try (MemoryWatch memory = new MemoryWatch()) {
                IngestJob.Options what = inputs.isEmpty() ? bundledSample(spark, out) : explicitInputs(spark, warehouse, config);
                long start = System.nanoTime();
                RunSummary summary = new RunJob(spark, warehouse, config).run(what, report, worst);
                summary.print(out);
                out.printf(Locale.ROOT, "run: %.1f s, peak heap %,d MB in use, %,d MB live after a collection%n",
                        (System.nanoTime() - start) / 1e9, memory.peakUsedBytes() >> 20, memory.peakLiveAfterGcBytes() >> 20);
                return summary.completed() ? 0 : 1;
            }
        });
    }

    private IngestJob.Options bundledSample(SparkSession spark, PrintStream out) throws IOException {
        if (!manifests.isEmpty() || since != null) {
            throw new IllegalArgumentException("--manifest and --since go with INPUT; without INPUT the bundled sample is read");
        }
        Path home = Path.of(System.getProperty("gongkai.home", "."));
        Path seed = home.resolve(SEED_REPORT);
        if (!Files.isRegularFile(seed)) {
            throw new IllegalArgumentException("no bundled sample here (" + seed + " is missing): give INPUT…");
        }
        BundledSample sample = new BundledSample(seed, sampleDirectory.toAbsolutePath());
        long start = System.nanoTime();
        if (sample.ensure(spark)) {
            out.printf(Locale.ROOT, "generated the national sample (%,d reports asked for, %d-%d, seed %d) in %s in %.1f s%n",
                    BundledSample.REPORTS, BundledSample.FIRST_YEAR, BundledSample.LAST_YEAR, BundledSample.SEED,
                    sample.directory(), (System.nanoTime() - start) / 1e9);
        }
        out.printf("input: %s and the national sample in %s%n", seed, sample.directory());
        return new IngestJob.Options(sample.inputs(), sample.manifests(), null);
    }

    private IngestJob.Options explicitInputs(SparkSession spark, Warehouse warehouse, GongkaiConfig config) {
        Instant from = since == null ? null
                : since.equals("last") ? new IngestJob(spark, warehouse, config).lastCheckpoint() : IngestCommand.instant(since);
        return new IngestJob.Options(inputs, manifests, from);
    }
}
