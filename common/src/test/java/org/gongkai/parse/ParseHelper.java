package org.gongkai.parse;

import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small helpers for parser tests: the seed report as a template, parsing strings, reading cells. */
final class ParseHelper {

    static final Path SEED = Path.of("..", "data", "sample", "000_seed_renliu_2023.txt");

    private ParseHelper() {
    }

    static String seed() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed with one printed line replaced; fails if the line is not in the seed. */
    static String seedWith(String line, String replacement) {
        String seed = seed();
        if (!seed.contains(line)) {
            throw new IllegalArgumentException("not in the seed: " + line);
        }
        return seed.replace(line, replacement);
    }

    static NormalizedReport parse(String text) throws ParseFailure {
        return parse(text, StandardCharsets.UTF_8);
    }

    static NormalizedReport parse(String text, Charset charset) throws ParseFailure {
        return new ReportParser().parse(text.getBytes(charset), "test");
    }

    static Cell cell(NormalizedReport report, String table, String row, String column) {
        return report.cell(table, row, column).orElseThrow(() -> new AssertionError(
                "no cell " + table + "." + row + "." + column));
    }
}
