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
        String[] range = years.split("-", 2);
        int first;
        int last;
        try {
            first = Integer.parseInt(range[0].strip());
            last = range.length == 2 ? Integer.parseInt(range[1].strip()) : first;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--years must be YEAR or FIRST-LAST, got: " + years);
        }
        if (last < first) {
            throw new IllegalArgumentException("--years must run forward (FIRST-LAST), got: " + years);
        }
        return new GeneratorConfig(seed, first, last, AgencyUniverse.scaleFor(seed, reports, last - first + 1),
                LayoutMix.parse(LayoutMix.DEFAULT), DefectRates.total(0.05));
    }
}
