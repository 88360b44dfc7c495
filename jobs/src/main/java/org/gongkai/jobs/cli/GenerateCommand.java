package org.gongkai.jobs.cli;

import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.DefectRates;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.LayoutMix;
import org.gongkai.jobs.generate.GenerateJob;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code gongkai generate}: the synthetic national corpus with its ground truth (a Spark job). */
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

    @Option(names = "--out", required = true, description = "output directory (any Hadoop URI)")
    private String out;

    @Option(names = "--layouts", description = "layout shares (default: ${DEFAULT-VALUE})")
    private String layouts = LayoutMix.DEFAULT;

    @Option(names = "--defect-rate", description = "chance of a defect per report, spread over the kinds (default: ${DEFAULT-VALUE})")
    private double defectRate = 0.05;

    @Option(names = "--defect-rates", description = "per-kind rates overriding --defect-rate, e.g. wrong_row_total=0.01,bad_file_empty=0")
    private String defectRates;

    @Option(names = "--partitions", description = "Spark partitions (default: about 200 agencies each)")
    private Integer partitions;

    @Override
    public Integer call() throws Exception {
        String[] range = years.split("-", 2);
        int first = Integer.parseInt(range[0].strip());
        int last = range.length == 2 ? Integer.parseInt(range[1].strip()) : first;
        double scale = size.scale != null ? size.scale : AgencyUniverse.scaleFor(seed, size.reports, last - first + 1);
        GeneratorConfig config = new GeneratorConfig(seed, first, last, scale, LayoutMix.parse(layouts),
                DefectRates.total(defectRate).with(defectRates));
        new GenerateJob(config, out, partitions, System.out).run();
        return 0;
    }
}
