package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.generate.GenerateJob;
import org.gongkai.jobs.generate.GroundTruthJob;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code gongkai generate}: the synthetic national corpus with its ground truth (a Spark job), as files
 * ({@code --out}) or straight into the warehouse tables ({@code --into-warehouse}, with --conf and --set).
 */
@Command(name = "generate", description = "Generate a synthetic national corpus of annual reports with its ground truth.")
final class GenerateCommand implements Callable<Integer> {

    /** Either a number of reports or a scale. */
    static final class Size {
        @Option(names = "--reports", description = "about this many reports (whole counties are sampled)")
        Long reports;

        @Option(names = "--scale", description = "fraction of the country's agencies, in (0, 1]")
        Double scale;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Size size;

    @Option(names = "--years", description = "report years, e.g. 2019-2025 (default: ${DEFAULT-VALUE})")
    private String years = "2019-2025";

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    @Option(names = "--out", description = "output directory (any Hadoop URI): the corpus files, manifest.csv, "
            + "expected.jsonl and defects.jsonl; with --into-warehouse, defects.jsonl only")
    private String out;

    @Option(names = "--into-warehouse", description = "write the ground truth (the reports as printed) straight into "
            + "the warehouse's reports and cells tables, and the defects into generated_defects, without files or "
            + "parsing; replaces what an earlier generate wrote into that database")
    private boolean intoWarehouse;

    @Mixin
    private JobOptions jobOptions;

    @Option(names = "--layouts", description = "layout shares (default: ${DEFAULT-VALUE})")
    private String layouts = LayoutMix.DEFAULT;

    @Option(names = "--defect-rate", description = "chance of a defect per report, spread over the kinds (default: ${DEFAULT-VALUE})")
    private double defectRate = 0.05;

    @Option(names = "--defect-rates", description = "per-kind rates overriding --defect-rate, e.g. wrong_row_total=0.01,bad_file_empty=0")
    private String defectRates;

    @Option(names = "--partitions", description = "Spark partitions (default: about 200 agencies each, 1,000 with --into-warehouse)")
    private Integer partitions;

    @Override
    public Integer call() throws Exception {
        if (out == null && !intoWarehouse) {
            throw new IllegalArgumentException("give --out DIR (the corpus as files) or --into-warehouse (its ground truth as tables)");
        }
        YearRange range = YearRange.parse(years);
        double scale = size.scale != null ? size.scale : AgencyUniverse.scaleFor(seed, size.reports, range.count());
        GeneratorConfig config = new GeneratorConfig(seed, range.first(), range.last(), scale, LayoutMix.parse(layouts),
                DefectRates.total(defectRate).with(defectRates));
        if (intoWarehouse) {
            intoWarehouse(config);
        } else {
            new GenerateJob(config, out, partitions, System.out).run();
        }
        return 0;
    }

    private void intoWarehouse(GeneratorConfig config) throws IOException {
        PrintStream console = JobOptions.console();
        GongkaiConfig settings = jobOptions.config();
        SparkSession spark = SparkSessions.start(settings, "generate");
        try (MemoryWatch memory = new MemoryWatch()) {
            new GroundTruthJob(spark, new Warehouse(spark, WarehouseLocation.of(settings)), config, out, partitions,
                    console).run();
            console.printf(Locale.ROOT, "peak heap: %,d MB in use, %,d MB live after a collection (max %,d MB)%n",
                    memory.peakUsedBytes() >> 20, memory.peakLiveAfterGcBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            spark.stop();
        }
    }
}
