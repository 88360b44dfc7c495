package org.gongkai.parse;

import java.util.List;

/**
 * A row of one page with where it was printed: a row of a ruled table (its cells between two borders), or
 * a line of other text cut at its wide gaps. {@code top} orders rows on the page; the line geometry
 * (baseline, left, right, size) of the last printed line tells paragraphs apart.
 */
record PdfRow(float top, float bottom, List<String> cells, boolean ruled, float baseline, float left, float right,
              float size) {

    static PdfRow ruled(float top, float bottom, List<String> cells) {
        return new PdfRow(top, bottom, cells, true, bottom, 0, 0, 0);
    }

    static PdfRow line(PdfTextLine line, List<String> cells) {
        return new PdfRow(line.baseline() - line.size(), line.baseline(), cells, false, line.baseline(), line.left(),
                line.right(), line.size());
    }

    boolean isParagraphLine() {
        return !ruled && cells.size() == 1;
    }

    /** This paragraph line with the next one appended: the next line's geometry becomes the last line's. */
    PdfRow append(PdfRow next) {
        return new PdfRow(top, next.bottom, List.of(cells.get(0) + next.cells.get(0)), false, next.baseline,
                next.left, next.right, next.size);
    }
}
