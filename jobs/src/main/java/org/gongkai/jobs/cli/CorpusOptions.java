package org.gongkai.jobs.cli;

import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import picocli.CommandLine.Option;

/** The generated corpus a benchmark runs on: its size, years and seed, with the generator's default noise and defects. */
final class CorpusOptions {

    @Option(names = "--reports", required = true, description = "about this many reports (whole counties are sampled)")
    private long reports;

    @Option(names = "--years", description = "report years (default: ${DEFAULT-VALUE}); more years, more reports per agency")
    private String years = "2021-2023";

    @Option(names = "--seed", description = "generator seed (default: ${DEFAULT-VALUE})")
    private long seed = 1;

    GeneratorConfig generatorConfig() {
        if (reports < 1) {
            throw new IllegalArgumentException("--reports must be at least 1, got: " + reports);
        }
        YearRange range = YearRange.parse(years);
        return new GeneratorConfig(seed, range.first(), range.last(), AgencyUniverse.scaleFor(seed, reports, range.count()),
                LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.05));
    }
}
