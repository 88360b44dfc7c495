package org.gongkai.jobs.cli;

import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.render.RandomReports;
import org.gongkai.render.ReportRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code gongkai bench-parse}: parses a corpus single-threaded, several times, and prints the median MB/s and
 * reports/s per layout. The corpus is made of random correct reports printed in every text layout, plus the
 * files of {@code --corpus} (grouped by the layout the parser detects) when given.
 */
@Command(name = "bench-parse", description = "Benchmark the parser: MB/s and reports/s per layout (single thread).")
final class ParseBenchmarkCommand implements Callable<Integer> {

    /** The JIT compiles the hot paths in the first seconds; measuring before that measures the interpreter. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    @Option(names = "--reports", description = "random reports per layout (default: ${DEFAULT-VALUE})")
    private int reports = 400;

    @Option(names = "--runs", description = "measured runs; the median is printed (default: ${DEFAULT-VALUE})")
    private int runs = 5;

    @Option(names = "--corpus", description = "a folder of real report files to measure as well")
    private Path corpus;

    @Option(names = "--seed", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed = 7;

    @Override
    public Integer call() throws IOException {
        BenchmarkRuns.requireRuns(runs);
        Map<String, List<byte[]>> byLayout = new LinkedHashMap<>();
        Random random = new Random(seed);
        for (int i = 0; i < reports; i++) {
            String format = i % 3 == 0 ? "2019" : "2021";
            var report = RandomReports.report(random, format, format.equals("2019") ? 2020 : 2023);
            for (ReportRenderer.Style style : ReportRenderer.Style.values()) {
                byLayout.computeIfAbsent(style.name().toLowerCase(Locale.ROOT).replace('_', '-'), k -> new ArrayList<>())
                        .add(ReportRenderer.render(report, style).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (corpus != null) {
            addCorpus(byLayout);
        }
        System.out.printf(Locale.ROOT, "%-22s %8s %10s %12s %12s %10s%n", "layout", "reports", "MB", "MB/s", "reports/s",
                "pages/s");
        for (Map.Entry<String, List<byte[]>> e : byLayout.entrySet()) {
            measure(e.getKey(), e.getValue());
        }
        System.out.printf(Locale.ROOT, "(single thread, median of %d runs after a 3 s warm-up per layout; java %s)%n", runs,
                System.getProperty("java.version"));
        return 0;
    }

    private void addCorpus(Map<String, List<byte[]>> byLayout) throws IOException {
        ReportParser parser = new ReportParser();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                try {
                    String layout = parser.parse(bytes, file.toString()).source().layout();
                    byLayout.computeIfAbsent("corpus " + layout, k -> new ArrayList<>()).add(bytes);
                } catch (ParseFailure e) {
                    // not a report: not part of the measured corpus
                }
            }
        }
    }

    private void measure(String layout, List<byte[]> inputs) {
        long bytes = inputs.stream().mapToLong(b -> b.length).sum();
        double[] seconds = new double[runs];
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUntil) {
            parseAll(inputs);
        }
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            parseAll(inputs);
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[runs / 2];
        int pages = inputs.stream().mapToInt(ParseBenchmarkCommand::pdfPages).sum();
        System.out.printf(Locale.ROOT, "%-22s %8d %10.2f %12.1f %12.0f %10s%n", layout, inputs.size(), bytes / 1e6,
                bytes / 1e6 / median, inputs.size() / median,
                pages == 0 ? "-" : String.format(Locale.ROOT, "%.0f", pages / median));
    }

    /** Pages of a PDF input; 0 for text. */
    private static int pdfPages(byte[] input) {
        if (input.length < 5 || input[0] != '%' || input[1] != 'P') {
            return 0;
        }
        try (var document = org.apache.pdfbox.Loader.loadPDF(input)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void parseAll(List<byte[]> inputs) {
        ReportParser parser = new ReportParser();
        for (byte[] input : inputs) {
            try {
                parser.parse(input, "bench");
            } catch (ParseFailure e) {
                throw new IllegalStateException("a benchmark input failed to parse: " + e.getMessage(), e);
            }
        }
    }
}
