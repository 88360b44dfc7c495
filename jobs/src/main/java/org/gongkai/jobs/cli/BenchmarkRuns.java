package org.gongkai.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmark commands share: the check of --runs, the median of a figure over the runs, the scratch cleanup. */
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
        double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
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
