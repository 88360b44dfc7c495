package org.gongkai.generate;

import org.gongkai.render.ReportRenderer;
import org.gongkai.report.NormalizedReport;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The one place where a generated report becomes bytes. Today it calls the plain {@link ReportRenderer}
 * (UTF-8, no noise, expected = what was printed). SEAM: when the noisy printer lands, this method becomes
 * {@code ReportPrinter.print(truth, style, noise, random)} and returns its RenderedReport's parts.
 */
public final class CorpusPrinter {

    private CorpusPrinter() {
    }

    public static PrintedFile print(NormalizedReport truth, String layout, SplittableRandom random) {
        ReportRenderer.Style style = ReportRenderer.Style.valueOf(layout.toUpperCase(Locale.ROOT).replace('-', '_'));
        byte[] bytes = ReportRenderer.render(truth, style).getBytes(StandardCharsets.UTF_8);
        return new PrintedFile(bytes, extension(layout), layout, "UTF-8", truth);
    }

    private static String extension(String layout) {
        return switch (layout) {
            case "html" -> "html";
            case "markdown" -> "md";
            default -> "txt";
        };
    }
}
