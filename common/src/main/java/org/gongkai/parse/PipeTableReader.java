package org.gongkai.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits pipe-separated text into rows: plain pipe text ({@code 规章 | 0 | 0 | 0 |}) and Markdown tables
 * ({@code | 规章 | 0 | 0 | 0 |}, separator rows, # headings). Lines without pipes are one-cell rows.
 */
final class PipeTableReader {

    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?\\s*$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*");

    private PipeTableReader() {
    }

    static List<GridRow> rows(String text, boolean markdown) {
        List<GridRow> rows = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (markdown && SEPARATOR.matcher(trimmed).matches())) {
                continue;
            }
            if (trimmed.indexOf('|') < 0) {
                rows.add(new GridRow(List.of(markdown ? HEADING.matcher(trimmed).replaceFirst("") : trimmed)));
                continue;
            }
            if (markdown) {
                trimmed = stripOuterPipes(trimmed);
            }
            rows.add(new GridRow(Arrays.stream(trimmed.split("\\|", -1)).map(String::strip).toList()));
        }
        return rows;
    }

    private static String stripOuterPipes(String line) {
        int from = line.startsWith("|") ? 1 : 0;
        int to = line.endsWith("|") && line.length() > from ? line.length() - 1 : line.length();
        return line.substring(from, to);
    }
}
