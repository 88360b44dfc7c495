package org.gongkai.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a page's text printed outside borders. Each line is cut into cells at gaps wider than about a
 * character. Where a table has no borders, a line holding values anchors a row, and a line of label text
 * alone that lies left of those values, within a line's spacing of the lines the row has so far, belongs to
 * it: the rest of a wrapped label, or the label of values printed a little above or below it. In a row,
 * label pieces that overlap horizontally are one cell, read top to bottom; pieces side by side stay separate
 * cells. Every other line stays a row of its own, so running text keeps its lines.
 */
final class PdfLooseRows {

    /** A label line belongs to a row whose lines are at most this many font sizes above or below it. */
    private static final float WRAP_SPACING = 1.5f;

    /** One cell of a line: its text, horizontal extent and baseline. */
    private record Run(String text, float left, float right, float baseline) {

        boolean isValue() {
            return PrintedCell.isValueLike(text);
        }

        boolean overlaps(float otherLeft, float otherRight) {
            return Math.min(right, otherRight) > Math.max(left, otherLeft);
        }
    }

    private PdfLooseRows() {
    }

    static List<PdfRow> rows(List<PdfTextLine> lines) {
        Map<PdfTextLine, List<Run>> runs = new IdentityHashMap<>();
        lines.forEach(line -> runs.put(line, runsOf(line)));
        List<Row> rows = new ArrayList<>();
        List<PdfTextLine> labelLines = new ArrayList<>();
        for (PdfTextLine line : lines) {
            if (runs.get(line).stream().anyMatch(Run::isValue)) {
                rows.add(new Row(line, runs.get(line)));
            } else {
                labelLines.add(line);
            }
        }
        attachLabelLines(labelLines, rows, runs);
        List<PdfRow> out = new ArrayList<>();
        labelLines.forEach(line -> out.add(PdfRow.line(line, runs.get(line).stream().map(Run::text).toList())));
        rows.forEach(row -> out.add(PdfRow.line(row.anchor, cells(row.runs))));
        return out;
    }

    /** A row anchored by a line with values, and the baselines its lines cover so far. */
    private static final class Row {
        final PdfTextLine anchor;
        final List<Run> runs;
        final float valuesLeft;
        float top;
        float bottom;

        Row(PdfTextLine anchor, List<Run> runs) {
            this.anchor = anchor;
            this.runs = new ArrayList<>(runs);
            this.valuesLeft = (float) runs.stream().filter(Run::isValue).mapToDouble(Run::left).min().orElse(0);
            this.top = anchor.baseline();
            this.bottom = anchor.baseline();
        }

        float distance(PdfTextLine line) {
            return Math.max(0, Math.max(top - line.baseline(), line.baseline() - bottom));
        }
    }

    /**
     * Gives label lines to rows, nearest first, one line at a time, so that a label wrapped over many lines
     * is gathered from its row outwards and never reaches over into the next row's lines.
     */
    private static void attachLabelLines(List<PdfTextLine> labelLines, List<Row> rows,
                                         Map<PdfTextLine, List<Run>> runs) {
        while (true) {
            PdfTextLine bestLine = null;
            Row bestRow = null;
            float bestDistance = Float.MAX_VALUE;
            for (PdfTextLine line : labelLines) {
                List<Run> lineRuns = runs.get(line);
                float right = lineRuns.get(lineRuns.size() - 1).right();
                for (Row row : rows) {
                    float distance = row.distance(line);
                    float reach = WRAP_SPACING * Math.max(row.anchor.size(), line.size());
                    if (distance <= reach && right <= row.valuesLeft && distance < bestDistance) {
                        bestLine = line;
                        bestRow = row;
                        bestDistance = distance;
                    }
                }
            }
            if (bestLine == null) {
                return;
            }
            bestRow.runs.addAll(runs.get(bestLine));
            bestRow.top = Math.min(bestRow.top, bestLine.baseline());
            bestRow.bottom = Math.max(bestRow.bottom, bestLine.baseline());
            labelLines.remove(bestLine);
        }
    }

    private static List<Run> runsOf(PdfTextLine line) {
        List<Run> runs = new ArrayList<>();
        for (List<PdfGlyph> run : line.runs()) {
            runs.add(new Run(PdfTextLine.text(run), run.get(0).x(), run.get(run.size() - 1).right(), line.baseline()));
        }
        return runs;
    }

    /** The row's cells left to right: each value alone, overlapping label pieces joined top to bottom. */
    private static List<String> cells(List<Run> runs) {
        List<Run> byPosition = new ArrayList<>(runs);
        byPosition.sort(Comparator.comparingDouble(Run::baseline).thenComparingDouble(Run::left));
        List<List<Run>> cells = new ArrayList<>();
        for (Run run : byPosition) {
            List<Run> cell = run.isValue() ? null : cells.stream()
                    .filter(c -> !c.get(0).isValue() && c.stream().anyMatch(r -> r.overlaps(run.left(), run.right())))
                    .findFirst().orElse(null);
            if (cell == null) {
                cells.add(new ArrayList<>(List.of(run)));
            } else {
                cell.add(run);
            }
        }
        cells.sort(Comparator.comparingDouble(c -> c.stream().mapToDouble(Run::left).min().orElse(0)));
        return cells.stream().map(c -> String.join("", c.stream().map(Run::text).toList())).toList();
    }
}
