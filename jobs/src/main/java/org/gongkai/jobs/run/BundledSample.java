package org.gongkai.jobs.run;

import org.apache.spark.sql.SparkSession;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.jobs.generate.GenerateJob;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The embedded default's input: the seed report (a real published report) and a national sample of about 3,000
 * generated reports over 2021–2023 (seed 1, the generator's default noise and defect rates), generated on first use
 * into a directory beside the warehouse. The same seed gives the same bytes on every machine, so the sample is as
 * good as checked in, without 20 MB of files in the repository.
 */
public record BundledSample(Path seedReport, Path directory) {

    public static final long REPORTS = 3_000;
    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2023;
    public static final long SEED = 1;

    /** The generator's settings for the sample. */
    public static GeneratorConfig generatorConfig() {
        int years = LAST_YEAR - FIRST_YEAR + 1;
        return new GeneratorConfig(SEED, FIRST_YEAR, LAST_YEAR, AgencyUniverse.scaleFor(SEED, REPORTS, years),
                LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.05));
    }

    public Path manifest() {
        return directory.resolve("manifest.csv");
    }

    /** What ingest reads: the seed report and the sample's files, with the sample's manifest. */
    public List<String> inputs() {
        return List.of(seedReport.toString(), directory.resolve("files").toString());
    }

    public List<String> manifests() {
        return List.of(manifest().toString());
    }

    /** Generates the sample unless it is there (defects.jsonl is written last: its presence means complete). */
    public boolean ensure(SparkSession spark) throws IOException {
        if (Files.isRegularFile(directory.resolve("defects.jsonl"))) {
            return false;
        }
        new GenerateJob(generatorConfig(), directory.toUri().toString(), null, new PrintStream(OutputStream.nullOutputStream()))
                .run(spark);
        return true;
    }
}
