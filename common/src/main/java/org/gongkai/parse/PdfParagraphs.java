package org.gongkai.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the lines of a page's running text into paragraphs, as a word processor laid them out: a line that
 * fills the text width continues on the next line unless that one is indented, and a centred heading
 * continues on a centred line of the same type size (a title printed on two lines). Table rows and lines
 * cut into several cells are never joined.
 */
final class PdfParagraphs {

    /**
     * Lines further apart than this many font sizes have a blank line or more between them. Official
     * documents are set with a fixed line spacing of about 1.8 font sizes (28–29 pt for 16 pt type).
     */
    private static final float MAX_LINE_SPACING = 2.2f;
    /** A line ending within this many font sizes of the right edge fills the text width. */
    private static final float FULL_LINE_SLACK = 1.5f;
    /** Two lines whose centres are within this many font sizes are centred on each other. */
    private static final float CENTRE_SLACK = 0.5f;
    /** An indent is a start more than this many font sizes to the right. */
    private static final float INDENT = 0.5f;
    /** Type sizes closer than this share are the same. */
    private static final float SAME_SIZE = 0.1f;

    private PdfParagraphs() {
    }

    static List<PdfRow> join(List<PdfRow> page) {
        float leftEdge = (float) page.stream().filter(PdfRow::isParagraphLine).mapToDouble(PdfRow::left).min()
                .orElse(0);
        float rightEdge = (float) page.stream().filter(PdfRow::isParagraphLine).mapToDouble(PdfRow::right).max()
                .orElse(0);
        List<PdfRow> rows = new ArrayList<>();
        for (PdfRow row : page) {
            int last = rows.size() - 1;
            if (last >= 0 && continues(rows.get(last), row, leftEdge, rightEdge)) {
                rows.set(last, rows.get(last).append(row));
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    private static boolean continues(PdfRow above, PdfRow line, float leftEdge, float rightEdge) {
        if (!above.isParagraphLine() || !line.isParagraphLine()
                || Math.abs(above.size() - line.size()) > SAME_SIZE * above.size()
                || line.baseline() - above.baseline() > MAX_LINE_SPACING * above.size()) {
            return false;
        }
        float size = above.size();
        boolean full = above.right() >= rightEdge - FULL_LINE_SLACK * size;
        if (full) {
            return line.left() <= above.left() + INDENT * size;
        }
        boolean centred = above.left() > leftEdge + size && line.left() > leftEdge + size
                && line.right() < rightEdge - FULL_LINE_SLACK * size;
        float aboveCentre = (above.left() + above.right()) / 2;
        float lineCentre = (line.left() + line.right()) / 2;
        return centred && Math.abs(aboveCentre - lineCentre) <= CENTRE_SLACK * size;
    }
}
