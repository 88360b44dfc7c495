package org.gongkai.jobs.testing;

import org.gongkai.format.FormatCatalog;
import org.gongkai.render.BadFiles;
import org.gongkai.render.PrintNoise;
import org.gongkai.render.RandomReports;
import org.gongkai.render.RenderedReport;
import org.gongkai.render.ReportPrinter;
import org.gongkai.render.ReportRenderer;
import org.gongkai.report.NormalizedReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** A small corpus of printed reports in every layout, with realistic noise and a few bad files. */
public final class TestCorpus {

    private TestCorpus() {
    }

    /** Writes {@code reports} reports and one bad file of each kind into {@code dir}; returns the file count. */
    public static int write(Path dir, int reports, long seed) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        ReportRenderer.Style[] styles = ReportRenderer.Style.values();
        NormalizedReport last = null;
        for (int i = 0; i < reports; i++) {
            int year = 2019 + random.nextInt(7);
            String format = FormatCatalog.standard().formatForYear(year).orElseThrow().code();
            NormalizedReport truth = RandomReports.report(random, format, year);
            RenderedReport printed = ReportPrinter.print(truth, styles[i % styles.length], PrintNoise.realistic(), random);
            Files.write(dir.resolve(String.format("report-%04d.%s", i, printed.extension())), printed.bytes());
            last = truth;
        }
        int bad = 0;
        for (BadFiles.BadFile file : BadFiles.all(last, random)) {
            Files.write(dir.resolve("bad-" + file.kind() + "." + file.extension()), file.bytes());
            bad++;
        }
        return reports + bad;
    }
}
