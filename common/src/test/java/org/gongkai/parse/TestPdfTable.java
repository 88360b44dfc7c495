package org.gongkai.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for test PDFs, with or without borders: cells on a grid of columns and rows, with column and row spans. Labels
 * wrap inside their cell; values stay on one line, centred. Rows are laid out down the page; before the
 * row given as the page break (or when the page is full) the table goes on on a new page, and a spanning
 * cell cut there is drawn in both parts with its text in the first, as word processors do.
 */
final class TestPdfTable {

    /** Space between a cell's border and its text; tables without borders leave more room between cells. */
    private static final float PADDING = 2.5f;
    private static final float UNBORDERED_PADDING = 6f;

    private record Cell(int row, int column, int rowSpan, int columnSpan, String text, boolean value,
                        boolean centred) {
    }

    private final float[] widths;
    private final float size;
    private final boolean bordered;
    private final List<Cell> cells = new ArrayList<>();
    private int rows;

    /** A table with columns of these widths, text of this size, and borders drawn or not. */
    TestPdfTable(float[] widths, float size, boolean bordered) {
        this.widths = widths.clone();
        this.size = size;
        this.bordered = bordered;
    }

    int rows() {
        return rows;
    }

    /** Adds a label cell. */
    void label(int row, int column, int rowSpan, int columnSpan, String text, boolean centred) {
        add(new Cell(row, column, rowSpan, columnSpan, text, false, centred));
    }

    /** Adds a value cell: printed on one line, centred; an empty string is a blank cell. */
    void value(int row, int column, int columnSpan, String text) {
        add(new Cell(row, column, 1, columnSpan, text, true, true));
    }

    private void add(Cell cell) {
        cells.add(cell);
        rows = Math.max(rows, cell.row() + cell.rowSpan());
    }

    /**
     * Draws the table from the canvas's current position, breaking the page before {@code breakRow} (-1:
     * none) unless the page filled up earlier.
     */
    void draw(TestPdfCanvas canvas, int breakRow) throws IOException {
        float[] heights = rowHeights(canvas);
        float left = (TestPdfCanvas.WIDTH - sum(widths, 0, widths.length)) / 2;
        float lineGap = size * 0.4f;
        List<Integer> starts = new ArrayList<>(List.of(0));
        float top = canvas.y() + lineGap;
        float pageTop = top;
        for (int r = 0; r < rows; r++) {
            int first = starts.get(starts.size() - 1);
            boolean full = pageTop + sum(heights, first, r + 1) > TestPdfCanvas.BOTTOM && r > first;
            boolean forced = r == breakRow && starts.size() == 1 && r > first;
            if (full || forced) {
                starts.add(r);
                pageTop = TestPdfCanvas.MARGIN + 20;
            }
        }
        starts.add(rows);
        for (int part = 0; part + 1 < starts.size(); part++) {
            if (part > 0) {
                canvas.newPage();
                top = canvas.y();
            }
            drawPart(canvas, starts, part, left, top, heights);
            canvas.moveTo(top + sum(heights, starts.get(part), starts.get(part + 1)) + lineGap);
        }
    }

    /** One page's part of the table: rows starts[part] to starts[part + 1]. */
    private void drawPart(TestPdfCanvas canvas, List<Integer> starts, int part, float left, float top,
                          float[] heights) throws IOException {
        int from = starts.get(part);
        int to = starts.get(part + 1);
        for (Cell cell : cells) {
            int start = Math.max(cell.row(), from);
            int end = Math.min(cell.row() + cell.rowSpan(), to);
            if (start >= end) {
                continue;
            }
            float x = left + sum(widths, 0, cell.column());
            float y = top + sum(heights, from, start);
            float width = sum(widths, cell.column(), cell.column() + cell.columnSpan());
            float height = sum(heights, start, end);
            if (bordered) {
                canvas.rectangle(x, y, width, height);
            }
            if (part == tallestPart(cell, starts, heights)) {
                drawText(canvas, cell, x, y, width, height);
            }
        }
    }

    /** A cell cut by page breaks shows its text in its tallest part, where it fits best. */
    private static int tallestPart(Cell cell, List<Integer> starts, float[] heights) {
        int best = -1;
        float bestHeight = -1;
        for (int part = 0; part + 1 < starts.size(); part++) {
            int start = Math.max(cell.row(), starts.get(part));
            int end = Math.min(cell.row() + cell.rowSpan(), starts.get(part + 1));
            if (start < end && sum(heights, start, end) > bestHeight) {
                best = part;
                bestHeight = sum(heights, start, end);
            }
        }
        return best;
    }

    private void drawText(TestPdfCanvas canvas, Cell cell, float x, float y, float width, float height)
            throws IOException {
        List<String> lines = lines(canvas, cell, width);
        float lineHeight = size * 1.3f;
        float baseline = y + (height - lines.size() * lineHeight) / 2 + size;
        for (String line : lines) {
            float lineWidth = canvas.textWidth(line, size);
            float lineX = cell.centred() ? x + (width - lineWidth) / 2 : x + padding();
            canvas.text(line, lineX, baseline, size);
            baseline += lineHeight;
        }
    }

    private List<String> lines(TestPdfCanvas canvas, Cell cell, float width) {
        if (cell.text().isEmpty()) {
            return List.of();
        }
        return cell.value() ? List.of(cell.text()) : canvas.wrap(cell.text(), width - 2 * padding(), size);
    }

    /** Each row as tall as its tallest single-row cell; a spanning cell is given room in its last row. */
    private float[] rowHeights(TestPdfCanvas canvas) {
        float[] heights = new float[rows];
        float lineHeight = size * 1.3f;
        for (int r = 0; r < rows; r++) {
            heights[r] = lineHeight + 2 * padding() + 4;
        }
        for (Cell cell : cells) {
            float width = sum(widths, cell.column(), cell.column() + cell.columnSpan());
            float needed = lines(canvas, cell, width).size() * lineHeight + 2 * padding() + 4;
            int last = cell.row() + cell.rowSpan() - 1;
            float have = sum(heights, cell.row(), last + 1);
            if (needed > have) {
                heights[last] += needed - have;
            }
        }
        return heights;
    }

    private float padding() {
        return bordered ? PADDING : UNBORDERED_PADDING;
    }

    private static float sum(float[] values, int from, int to) {
        float total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }
}
