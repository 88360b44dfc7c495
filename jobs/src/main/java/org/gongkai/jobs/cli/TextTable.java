package org.gongkai.jobs.cli;

import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Rows printed as an aligned text table; Chinese characters count as two columns wide, as terminals show them. */
final class TextTable {

    private final String[] header;
    private final int maxWidth;

    TextTable(String[] header, int maxWidth) {
        this.header = header;
        this.maxWidth = maxWidth;
    }

    void print(List<Row> rows, PrintStream out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(header);
        for (Row row : rows) {
            String[] line = new String[header.length];
            for (int i = 0; i < header.length; i++) {
                line[i] = cut(row.isNullAt(i) ? "NULL" : String.valueOf(row.get(i)));
            }
            lines.add(line);
        }
        int[] widths = new int[header.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], width(line[i]));
            }
        }
        for (String[] line : lines) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                text.append(i == 0 ? "" : "  ").append(line[i]).append(" ".repeat(widths[i] - width(line[i])));
            }
            out.println(text.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private String cut(String value) {
        String flat = value.replace('\n', ' ');
        return flat.codePointCount(0, flat.length()) <= maxWidth ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, maxWidth - 1)) + "…";
    }

    static int width(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
    }
}
