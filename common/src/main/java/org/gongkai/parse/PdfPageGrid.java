package org.gongkai.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Rebuilds the rows of one page. Where borders are drawn, a glyph belongs to the cell whose borders enclose
 * it: a label that wraps inside its cell, or a value printed a little above or below its label, stays in
 * its row, and an empty cell is still a cell. A row is every cell between the same two horizontal borders;
 * a merged cell (a group label spanning several rows) becomes a row of its own, before the rows it spans.
 * Text outside borders is read line by line ({@link PdfLooseRows}).
 */
final class PdfPageGrid {

    /** How far (points) a border may miss a glyph's middle and still bound it. */
    private static final float REACH = 1f;
    /** A "cell" taller than this share of the page is a frame around text, not a table cell. */
    private static final float MAX_CELL_SHARE = 0.5f;

    private record Cell(float left, float right, float top, float bottom) {
    }

    private record Band(float top, float bottom) {
    }

    private final PdfRulings rulings;
    private final float pageHeight;
    private final Map<Cell, StringBuilder> cells = new LinkedHashMap<>();
    private final List<PdfTextLine> looseLines = new ArrayList<>();

    private PdfPageGrid(PdfRulings rulings, float pageHeight) {
        this.rulings = rulings;
        this.pageHeight = pageHeight;
    }

    /** The page's rows, top to bottom. */
    static List<PdfRow> rows(List<PdfGlyph> glyphs, PdfRulings rulings, float pageHeight) {
        PdfPageGrid grid = new PdfPageGrid(rulings, pageHeight);
        PdfTextLine.group(glyphs).forEach(grid::place);
        List<PdfRow> rows = new ArrayList<>(PdfLooseRows.rows(grid.looseLines));
        rows.addAll(grid.tableRows());
        rows.sort(Comparator.comparingDouble(PdfRow::top).thenComparing(Comparator.comparingDouble(PdfRow::bottom).reversed()));
        return rows;
    }

    private void place(PdfTextLine line) {
        float middle = line.middle();
        List<Float> borders = verticalsAt(middle);
        List<Cell> slots = new ArrayList<>();
        for (int i = 0; i + 1 < borders.size(); i++) {
            slots.add(cell(borders.get(i), borders.get(i + 1), middle));
        }
        slots.stream().filter(Objects::nonNull).forEach(c -> cells.computeIfAbsent(c, k -> new StringBuilder()));
        List<PdfGlyph> loose = new ArrayList<>();
        List<PdfGlyph> inCell = new ArrayList<>();
        Cell current = null;
        for (PdfGlyph g : line.glyphs()) {
            Cell cell = slotOf(g, borders, slots);
            if (cell == null) {
                loose.add(g);
                continue;
            }
            if (cell != current && current != null) {
                cells.get(current).append(PdfTextLine.text(inCell));
                inCell.clear();
            }
            current = cell;
            inCell.add(g);
        }
        if (current != null) {
            cells.get(current).append(PdfTextLine.text(inCell));
        }
        if (!loose.isEmpty()) {
            looseLines.add(PdfTextLine.of(loose));
        }
    }

    /** The x positions of the vertical borders crossing a line, left to right. */
    private List<Float> verticalsAt(float middle) {
        List<Float> xs = new ArrayList<>();
        for (PdfRulings.Segment v : rulings.vertical()) {
            if (v.spans(middle, REACH) && !xs.contains(v.position())) {
                xs.add(v.position());
            }
        }
        xs.sort(Float::compare);
        return xs;
    }

    private static Cell slotOf(PdfGlyph g, List<Float> borders, List<Cell> slots) {
        float x = g.center();
        for (int i = 0; i < slots.size(); i++) {
            if (borders.get(i) <= x && x < borders.get(i + 1)) {
                return slots.get(i);
            }
        }
        return null;
    }

    /**
     * The cell between two vertical borders at a line: bounded above and below by the nearest horizontal
     * borders across its middle, but not beyond where its vertical borders end (a table that continues from
     * or onto another page often has no border there). Null when it is no table cell.
     */
    private Cell cell(float left, float right, float middle) {
        float center = (left + right) / 2;
        float top = Float.NEGATIVE_INFINITY;
        float bottom = Float.POSITIVE_INFINITY;
        for (PdfRulings.Segment h : rulings.horizontal()) {
            if (h.spans(center, REACH)) {
                if (h.position() <= middle) {
                    top = Math.max(top, h.position());
                } else {
                    bottom = Math.min(bottom, h.position());
                }
            }
        }
        float edgeTop = Float.NEGATIVE_INFINITY;
        float edgeBottom = Float.POSITIVE_INFINITY;
        for (PdfRulings.Segment v : rulings.vertical()) {
            if ((v.position() == left || v.position() == right) && v.spans(middle, REACH)) {
                edgeTop = Math.max(edgeTop, v.from());
                edgeBottom = Math.min(edgeBottom, v.to());
            }
        }
        if (top < edgeTop - REACH) {
            top = nearHorizontal(edgeTop);
        }
        if (bottom > edgeBottom + REACH) {
            bottom = nearHorizontal(edgeBottom);
        }
        if (bottom - top > MAX_CELL_SHARE * pageHeight) {
            return null;
        }
        return new Cell(left, right, top, bottom);
    }

    /**
     * A horizontal border's position close to y, wherever it runs, so that cells whose vertical borders stop
     * there share their row with cells that have a border; else y itself.
     */
    private float nearHorizontal(float y) {
        float best = y;
        float bestDistance = 2 * PdfRulings.SNAP;
        for (PdfRulings.Segment h : rulings.horizontal()) {
            float distance = Math.abs(h.position() - y);
            if (distance <= bestDistance) {
                best = h.position();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Cells grouped by the borders above and below them, each group a row, left to right. */
    private List<PdfRow> tableRows() {
        Map<Band, TreeMap<Float, String>> bands = new LinkedHashMap<>();
        cells.forEach((cell, text) -> bands.computeIfAbsent(new Band(cell.top(), cell.bottom()), b -> new TreeMap<>())
                .put(cell.left(), text.toString().strip()));
        List<PdfRow> rows = new ArrayList<>();
        bands.forEach((band, byLeft) -> {
            if (byLeft.values().stream().anyMatch(t -> !t.isEmpty())) {
                rows.add(PdfRow.ruled(band.top(), band.bottom(), List.copyOf(byLeft.values())));
            }
        });
        return rows;
    }
}
