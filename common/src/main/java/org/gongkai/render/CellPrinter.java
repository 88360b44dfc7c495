package org.gongkai.render;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;

/**
 * Decides how one cell is printed: a number (with its unit where it differs from the header's, sometimes
 * with an annotation), a blank or a placeholder, as the truth says or as noise turns a zero. Flattened
 * text has no cell boundaries, so there it prints only what a digit run can carry: no blank (the cell
 * would vanish), no annotation, and one-character placeholders that are not letters (无 ends the run) and,
 * in a column that may be negative, not a hyphen (before digits it is a minus sign).
 */
final class CellPrinter {

    private static final String NBSP = "\u00a0";
    private static final List<String> ANNOTATIONS = List.of("（其中修订%d件）", "（其中新增%d件）", "（含转发%d件）");

    private final ReportRenderer.Style style;
    private final PrintNoise noise;
    private final Random random;

    CellPrinter(ReportRenderer.Style style, PrintNoise noise, Random random) {
        this.style = style;
        this.noise = noise;
        this.random = random;
    }

    /** True if the layout can print the cell as the truth has it. */
    static boolean canPrint(Cell truth, ReportRenderer.Style style) {
        return truth.state() != CellState.AMBIGUOUS
                && !(truth.state() == CellState.BLANK && style == ReportRenderer.Style.FLATTENED);
    }

    /** @param truth a cell that is not missing */
    PrintedValue print(Cell truth, String tableCode, ColumnSpec column) {
        if (!canPrint(truth, style)) {
            throw new IllegalArgumentException("a " + style.layout() + " report cannot print the "
                    + truth.state().code() + " cell " + truth.key());
        }
        return switch (truth.state()) {
            case BLANK -> blank(truth);
            case PLACEHOLDER -> placeholder(truth, column, truth.raw() == null ? "" : truth.raw().strip());
            case NUMBER -> number(truth, tableCode, column);
            default -> throw new IllegalArgumentException("not a printed cell: " + truth.key());
        };
    }

    private PrintedValue number(Cell truth, String tableCode, ColumnSpec column) {
        boolean zero = truth.value().signum() == 0;
        if (zero && style != ReportRenderer.Style.FLATTENED && PrintNoise.happens(random, noise.blankZero())) {
            return blank(truth);
        }
        if (zero && PrintNoise.happens(random, noise.placeholderZero())) {
            return placeholder(truth, column, "");
        }
        String unit = column.kind() == ColumnKind.AMOUNT && truth.unit() != null ? truth.unit() : column.unit();
        String text = truth.value().toPlainString() + (unit != null && !unit.equals(column.unit()) ? unit : "");
        if (!zero && column.kind() == ColumnKind.COUNT && tableCode.equals("proactive")
                && style != ReportRenderer.Style.FLATTENED && PrintNoise.happens(random, noise.annotatedCount())) {
            int part = random.nextInt(truth.value().intValueExact() + 1);
            text += String.format(ANNOTATIONS.get(random.nextInt(ANNOTATIONS.size())), part);
        }
        return new PrintedValue(text, with(truth, CellState.NUMBER, truth.value(),
                column.kind() == ColumnKind.AMOUNT ? unit : null, text));
    }

    /** An empty cell: nothing, or a no-break space as pages saved from HTML have. */
    private PrintedValue blank(Cell truth) {
        String text = random.nextBoolean() ? "" : NBSP;
        return new PrintedValue(text, with(truth, CellState.BLANK, null, null, ""));
    }

    /** The truth's placeholder if the layout can carry it, else one of the catalog's that it can. */
    private PrintedValue placeholder(Cell truth, ColumnSpec column, String printed) {
        String text = printed.isEmpty() || !fits(printed, column) ? randomPlaceholder(column) : printed;
        return new PrintedValue(text, with(truth, CellState.PLACEHOLDER, null, null, text));
    }

    private String randomPlaceholder(ColumnSpec column) {
        List<String> usable = FormatCatalog.standard().placeholders().stream().filter(p -> fits(p, column)).toList();
        return usable.get(random.nextInt(usable.size()));
    }

    private boolean fits(String placeholder, ColumnSpec column) {
        if (style != ReportRenderer.Style.FLATTENED) {
            return true;
        }
        String nfkc = Normalizer.normalize(placeholder, Normalizer.Form.NFKC);
        return nfkc.length() == 1 && !Character.isLetter(nfkc.charAt(0))
                && !(column.kind() == ColumnKind.SIGNED_COUNT && nfkc.equals("-"));
    }

    private static Cell with(Cell truth, CellState state, BigDecimal value, String unit, String raw) {
        return new Cell(truth.table(), truth.row(), truth.column(), state, value, unit, raw, List.of());
    }
}
