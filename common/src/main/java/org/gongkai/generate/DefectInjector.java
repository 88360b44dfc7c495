package org.gongkai.generate;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Turns a correct report draft into a defective one and says exactly what changed. Each kind breaks what its
 * name says and keeps every other identity that it can keep: a wrong row total moves only one 总计 cell, a
 * broken carry-over moves 二 and 一 together so that 一+二=三+四 still holds, and so on. A kind that cannot
 * apply to the draft (a carry-over in the first year, a copy without a previous report of the same format)
 * injects nothing.
 */
final class DefectInjector {

    private static final List<String> BALANCE_ROWS = List.of("new_received", "carried_over", "total_handled",
            "carried_forward");

    private final ReportDraft draft;
    private final NormalizedReport previous;
    private final SplittableRandom random;

    /** {@code previous}: last year's printed report of the agency, null in the first year. */
    DefectInjector(ReportDraft draft, NormalizedReport previous, SplittableRandom random) {
        this.draft = draft;
        this.previous = previous;
        this.random = random;
    }

    Optional<Defect> inject(DefectKind kind) {
        return switch (kind) {
            case WRONG_ROW_TOTAL -> Optional.of(wrongRowTotal());
            case WRONG_COLUMN_TOTAL -> Optional.of(shifted(kind, "total_handled", "（七）总计 of column "));
            case BROKEN_BALANCE -> Optional.of(shifted(kind, "new_received", "一、本年新收 of column "));
            case BLANK_TOTAL_COLUMN -> Optional.of(blankTotals());
            case BROKEN_CARRY_OVER -> brokenCarryOver();
            case COPIED_PREVIOUS_YEAR -> copied();
            case LATE_PUBLICATION -> Optional.of(late());
            case WRONG_FORMAT -> wrongFormat();
            case NARRATIVE_MISMATCH -> Optional.of(narrative());
            default -> Optional.of(new Defect(kind, List.of(), "the file is replaced by a " + kind.expectedReason()
                    + " file"));
        };
    }

    private Defect wrongRowTotal() {
        List<String> rows = requestRows();
        String row = rows.get(random.nextInt(rows.size()));
        DefectCell changed = add("requests", row, "total", offset(draft.cell("requests", row, "total").value()));
        return new Defect(DefectKind.WRONG_ROW_TOTAL, List.of(changed),
                "总计 of row " + row + " prints " + changed.printed() + " instead of " + changed.correct());
    }

    /** Moves one applicant cell of the row and the row's 总计 by the same amount: the row total still holds. */
    private Defect shifted(DefectKind kind, String row, String what) {
        String column = YearValues.APPLICANTS.get(random.nextInt(YearValues.APPLICANTS.size()));
        long delta = offset(draft.cell("requests", row, column).value());
        DefectCell part = add("requests", row, column, delta);
        DefectCell total = add("requests", row, "total", delta);
        return new Defect(kind, List.of(part, total), what + column + " and its 总计 are off by " + delta);
    }

    private Defect blankTotals() {
        List<DefectCell> changed = new ArrayList<>();
        for (String row : requestRows()) {
            if (BALANCE_ROWS.contains(row)) {
                continue;
            }
            int i = draft.indexOf("requests", row, "total");
            Cell cell = draft.cells.get(i);
            draft.cells.set(i, new Cell(cell.table(), cell.row(), cell.column(), CellState.BLANK, null, null, "", List.of()));
            changed.add(new DefectCell("requests", row, "total", null, cell.value()));
        }
        return new Defect(DefectKind.BLANK_TOTAL_COLUMN, changed, "the 总计 column of the outcome rows is blank");
    }

    /** 二 no longer equals last year's 四 in one column; 一 moves the other way so the year still balances. */
    private Optional<Defect> brokenCarryOver() {
        if (draft.year <= AgencySeries.FIRST_YEAR) {
            return Optional.empty();
        }
        int start = random.nextInt(YearValues.APPLICANTS.size());
        for (int k = 0; k < YearValues.APPLICANTS.size(); k++) {
            String column = YearValues.APPLICANTS.get((start + k) % YearValues.APPLICANTS.size());
            long received = draft.cell("requests", "new_received", column).value().longValueExact();
            long over = draft.cell("requests", "carried_over", column).value().longValueExact();
            if (received == 0 && over == 0) {
                continue;
            }
            long delta = received > 0 ? 1 + random.nextInt((int) Math.min(received, 9))
                    : -(1 + random.nextInt((int) Math.min(over, 9)));
            List<DefectCell> cells = List.of(add("requests", "carried_over", column, delta),
                    add("requests", "carried_over", "total", delta), add("requests", "new_received", column, -delta),
                    add("requests", "new_received", "total", -delta));
            return Optional.of(new Defect(DefectKind.BROKEN_CARRY_OVER, cells, "二、上年结转 of column " + column
                    + " is off by " + delta + " from last year's 结转下年度 (一 compensates)"));
        }
        return Optional.empty();
    }

    private Optional<Defect> copied() {
        if (previous == null || !previous.format().equals(draft.format)) {
            return Optional.empty();
        }
        List<DefectCell> changed = new ArrayList<>();
        for (int i = 0; i < draft.cells.size(); i++) {
            Cell correct = draft.cells.get(i);
            Cell copy = previous.cells().get(i);
            if (copy.state() != correct.state() || !equal(copy.value(), correct.value())) {
                changed.add(new DefectCell(correct.table(), correct.row(), correct.column(), copy.value(), correct.value()));
            }
        }
        draft.cells = new ArrayList<>(previous.cells());
        Map<String, String> sections = new LinkedHashMap<>();
        previous.sections().forEach((k, v) -> sections.put(k, v.replace(previous.year() + "年", draft.year + "年")));
        draft.sections = sections;
        return Optional.of(new Defect(DefectKind.COPIED_PREVIOUS_YEAR, changed,
                "tables and text copied from the " + previous.year() + " report"));
    }

    private Defect late() {
        var deadline = PublicationDates.deadline(draft.agency, draft.year);
        draft.publishedOn = PublicationDates.late(draft.agency, draft.year, random);
        return new Defect(DefectKind.LATE_PUBLICATION, List.of(),
                "published " + draft.publishedOn + ", after the deadline " + deadline);
    }

    private Optional<Defect> wrongFormat() {
        if (!draft.format.equals("2021")) {
            return Optional.empty();
        }
        draft.format = "2019";
        draft.cells = new ArrayList<>(TableLayout.cells(draft.values, "2019"));
        return Optional.of(new Defect(DefectKind.WRONG_FORMAT, List.of(),
                "printed in the 2019 format (国办公开办函〔2019〕60号) although a " + draft.year + " report uses the 2021 format"));
    }

    private Defect narrative() {
        long received = draft.cell("requests", "new_received", "total").value().longValueExact();
        long quoted = received + offset(BigDecimal.valueOf(received));
        draft.sections = NarrativeWriter.sections(draft.agency, draft.year, draft.format, draft.cells, quoted,
                AgencySeries.narrativeRandom(draft));
        return new Defect(DefectKind.NARRATIVE_MISMATCH, List.of(new DefectCell("requests", "new_received", "total",
                BigDecimal.valueOf(quoted), BigDecimal.valueOf(received))),
                "the overview quotes " + quoted + " new requests, the table prints " + received);
    }

    private List<String> requestRows() {
        return draft.cells.stream().filter(c -> c.table().equals("requests") && c.column().equals("total"))
                .map(Cell::row).toList();
    }

    /** A non-zero change that keeps the cell non-negative: mostly small, like a typo or a missed line. */
    private long offset(BigDecimal value) {
        long v = value.longValueExact();
        long size = 1 + random.nextInt((int) Math.max(3, Math.min(v / 5, 50)));
        return v >= size && random.nextBoolean() ? -size : size;
    }

    private DefectCell add(String table, String row, String column, long delta) {
        int i = draft.indexOf(table, row, column);
        Cell cell = draft.cells.get(i);
        BigDecimal printed = cell.value().add(BigDecimal.valueOf(delta));
        ColumnSpec spec = FormatCatalog.standard().format(draft.format).orElseThrow().table(table).column(column).orElseThrow();
        draft.cells.set(i, TableLayout.number(table, row, spec, printed));
        return new DefectCell(table, row, column, printed, cell.value());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
