package org.gongkai.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the benchmark commands share: the check of --runs, medians over the runs, the memory figures, the scratch cleanup. */
final class BenchmarkRuns {

    private BenchmarkRuns() {
    }

    /** A benchmark needs a run to measure; said before any Spark session starts. */
    static void requireRuns(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got: " + runs);
        }
    }

    /** The median of column {@code column} of the runs' figures (the upper one of an even count). */
    static double median(List<double[]> runs, int column) {
        return median(runs.stream().map(r -> r[column]).toList());
    }

    /** The median of one figure over the runs (the upper one of an even count). */
    static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    /**
     * Prints the memory figures every benchmark gives: the medians of the runs' peak heap in use and live after GC
     * (columns 1 and 2 of {@code runs}, as {@link MemoryWatch} measured them) and the peak execution memory of a task.
     */
    static void printPeakMemory(List<double[]> runs, PeakTaskMemory peakTaskMemory) {
        System.out.printf(Locale.ROOT, "peak heap (driver and executors, one JVM, -Xmx %.0f MB): %.0f MB in use, %.0f MB live after GC%n",
                Runtime.getRuntime().maxMemory() / 1e6, median(runs, 1) / 1e6, median(runs, 2) / 1e6);
        System.out.printf(Locale.ROOT, "peak Spark execution memory of one task: %.1f MB%n", peakTaskMemory.bytes() / 1e6);
    }

    /** Deletes a directory and everything under it. */
    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
