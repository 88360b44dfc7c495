package org.gongkai.generate;

import org.gongkai.render.PrintNoise;
import org.gongkai.render.RenderedReport;
import org.gongkai.render.ReportPrinter;
import org.gongkai.render.ReportRenderer;
import org.gongkai.report.NormalizedReport;

import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The one place where a generated report becomes bytes: the noisy printer with realistic noise (label
 * variants, spaced labels, blank and placeholder zeros, annotations, site chrome, GB18030, figures in the
 * narrative), which also says what a correct parser must read back.
 */
public final class CorpusPrinter {

    private CorpusPrinter() {
    }

    public static RenderedReport print(NormalizedReport truth, String layout, SplittableRandom random) {
        ReportRenderer.Style style = ReportRenderer.Style.valueOf(layout.toUpperCase(Locale.ROOT).replace('-', '_'));
        return ReportPrinter.print(truth, style, PrintNoise.realistic(), new Random(random.nextLong()));
    }
}
