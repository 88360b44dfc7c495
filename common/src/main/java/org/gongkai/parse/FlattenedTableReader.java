package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.Identity;
import org.gongkai.format.LabelText;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of crawler text that lost every cell separator ({@code 一、本年新收政府信息公开申请数量640020470}).
 * Each row label is found in printed order and the digit run after it is split into the row's cells as a
 * constraint problem: every split without leading zeros is a reading; the row's own identity, then the
 * table's column identities, then the narrative's numbers remove readings. What stays undecided is
 * {@code ambiguous} with every remaining reading, never a guess.
 */
final class FlattenedTableReader {

    private static final int MAX_READINGS = 5_000;
    /** Words of table 四's header that may separate its runs when it is printed as three small tables. */
    private static final Pattern APPEAL_HEADER = Pattern.compile(
            "^(?:行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|[()])+");
    private static final Pattern UNIT = Pattern.compile("^(万元|元)");

    private final String text;
    private final TableCells out;
    private final RunEvidence evidence;
    private int cursor;

    private FlattenedTableReader(String text, TableCells out) {
        this.text = LabelText.normalize(text);
        this.out = out;
        this.evidence = new RunEvidence(out.format(), out);
    }

    static void read(String text, String narrative, TableCells out) {
        FlattenedTableReader reader = new FlattenedTableReader(text, out);
        reader.cursor = reader.tablesStart();
        List<PrintedRun> runs = new ArrayList<>();
        for (TableSpec table : out.format().tables()) {
            if (table.code().equals("appeals")) {
                reader.appealsRun(table).ifPresent(runs::add);
            } else {
                runs.addAll(reader.labelledRuns(table));
            }
        }
        runs = reader.evidence.applyColumnIdentities(runs);
        String facts = LabelText.normalize(narrative);
        for (PrintedRun run : runs) {
            reader.emit(reader.evidence.applyNarrative(run, facts));
        }
    }

    /** Table 二 starts at its first 第二十条 block, else at its heading; the narrative before it is not read. */
    private int tablesStart() {
        int block = text.indexOf("第二十条");
        return block >= 0 ? block : Math.max(0, text.indexOf("二、主动公开政府信息情况"));
    }

    private List<PrintedRun> labelledRuns(TableSpec table) {
        List<PrintedRun> runs = new ArrayList<>();
        List<RowSpec> rows = table.rowsFoundByLabel();
        for (int k = 0; k < rows.size(); k++) {
            int[] hit = findRowLabel(rows.get(k), cursor);
            if (hit == null || printedLaterThanNextRow(rows, k, hit[0])) {
                continue;
            }
            Run run = runAt(hit[1]);
            if (run.pieces().isEmpty()) {
                cursor = hit[1];
                continue;
            }
            cursor = run.end();
            runs.add(solveRow(table, List.of(rows.get(k)), run));
        }
        return runs;
    }

    /**
     * The row's label followed by a run long enough for its cells, or by no digits at all (a group label);
     * a label followed by too few digits is a mention in the text (制发行政规范性文件62件), not the row.
     */
    private int[] findRowLabel(RowSpec row, int from) {
        int[] hit = findLabel(row, from);
        while (hit != null) {
            Run run = runAt(hit[1]);
            int digits = run.pieces().stream().mapToInt(String::length).sum();
            if (digits == 0 || digits >= row.columns().size()) {
                return hit;
            }
            hit = findLabel(row, hit[1]);
        }
        return null;
    }

    /** A label found after the next row's label belongs to a later table: this row was not printed. */
    private boolean printedLaterThanNextRow(List<RowSpec> rows, int k, int position) {
        for (int next = k + 1; next < rows.size(); next++) {
            int[] hit = findRowLabel(rows.get(next), cursor);
            if (hit != null) {
                return hit[0] < position;
            }
        }
        return false;
    }

    /** The earliest occurrence of any printed form of the row's label at or after {@code from}: {start, end}. */
    private int[] findLabel(RowSpec row, int from) {
        int[] best = null;
        for (String label : row.allLabels()) {
            String core = LabelText.core(label);
            int at = text.indexOf(core, from);
            if (at >= 0 && (best == null || at < best[0] || (at == best[0] && at + core.length() > best[1]))) {
                best = new int[] {at, at + core.length()};
            }
        }
        return best;
    }

    /** The digits, decimal points, signs and placeholders right after a label. */
    private record Run(List<String> pieces, String printed, String unit, int end) {
    }

    private Run runAt(int start) {
        int end = start;
        while (end < text.length() && isRunChar(end)) {
            end++;
        }
        int digitsEnd = end;
        if (digitsEnd > start && isOrdinalAfter(digitsEnd)) {
            digitsEnd--;
        }
        String digits = text.substring(start, digitsEnd);
        Matcher unit = UNIT.matcher(text.substring(end, Math.min(text.length(), end + 2)));
        String unitText = digitsEnd == end && unit.find() ? unit.group(1) : null;
        int printedEnd = unitText == null ? digitsEnd : end + unitText.length();
        List<String> pieces = digits.isEmpty() ? List.of() : List.of(digits);
        return new Run(pieces, text.substring(start, printedEnd), unitText, unitText == null ? digitsEnd : printedEnd);
    }

    private boolean isRunChar(int i) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        boolean digitFollows = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
        return (c == '.' && i > 0 && Character.isDigit(text.charAt(i - 1)) && digitFollows)
                || PrintedCell.isPlaceholderMark(c);
    }

    /** A digit or a placeholder mark: table 四's first cell may be a dash. */
    private boolean startsCell(int i) {
        char c = text.charAt(i);
        return Character.isDigit(c) || PrintedCell.isPlaceholderMark(c);
    }

    /** {@code …00000002.其他法律…}: the last digit is the next row's ordinal (2.), not a cell. */
    private boolean isOrdinalAfter(int end) {
        if (end >= text.length() || !Character.isDigit(text.charAt(end - 1))) {
            return false;
        }
        char next = text.charAt(end);
        return next == '.' || next == '、';
    }

    private java.util.Optional<PrintedRun> appealsRun(TableSpec table) {
        int header = text.indexOf("行政复议", cursor);
        if (header < 0) {
            return java.util.Optional.empty();
        }
        int at = header;
        while (at < text.length() && !startsCell(at)) {
            at++;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder printed = new StringBuilder();
        int end = at;
        while (at < text.length() && startsCell(at)) {
            Run run = runAt(at);
            pieces.addAll(run.pieces());
            printed.append(run.printed());
            end = run.end();
            Matcher words = APPEAL_HEADER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            at = words.lookingAt() ? end + words.end() : end;
        }
        if (pieces.isEmpty()) {
            return java.util.Optional.empty();
        }
        cursor = end;
        return java.util.Optional.of(solveRow(table, table.rows(), new Run(pieces, printed.toString(), null, end)));
    }

    /** Structural splits, kept to those that satisfy each row's own identity where any does. */
    private PrintedRun solveRow(TableSpec table, List<RowSpec> rows, Run run) {
        RunSplitter.Result none = new RunSplitter.Result(List.of(), false);
        PrintedRun blank = new PrintedRun(table, rows, run.pieces(), run.printed(), run.unit(), List.of(), false,
                none, false);
        List<RunSplitter.SumGroup> groups = rowIdentityGroups(blank);
        RunSplitter.Result structural = RunSplitter.split(run.pieces(), blank.kinds(), List.of(), MAX_READINGS);
        RunSplitter.Result checked = groups.isEmpty() ? structural
                : RunSplitter.split(run.pieces(), blank.kinds(), groups, MAX_READINGS);
        boolean broken = checked.splits().isEmpty() && !structural.splits().isEmpty();
        if (broken) {
            out.notice("ROW_IDENTITY_BROKEN", "表" + TableCells.tableNumber(table) + "“" + blank.label()
                    + "”的数字串" + run.printed() + "没有一种拆分使行合计成立：no split of the run satisfies the row's"
                    + " total, so that identity is not used as evidence");
        }
        RunSplitter.Result kept = broken ? structural : checked;
        return new PrintedRun(table, rows, run.pieces(), run.printed(), run.unit(), kept.splits(), kept.exhausted(),
                structural, broken);
    }

    /** The per-row identities of the catalog (总计 = parts), as cell positions within the run. */
    private List<RunSplitter.SumGroup> rowIdentityGroups(PrintedRun run) {
        List<RunSplitter.SumGroup> groups = new ArrayList<>();
        for (Identity identity : out.format().identities()) {
            if (!identity.perRow() || !identity.table().equals(run.table().code()) || identity.total() == null) {
                continue;
            }
            for (RowSpec row : run.rows()) {
                int offset = run.offsetOf(row.code());
                int total = indexOf(row, identity.total());
                int[] parts = identity.parts().stream().mapToInt(p -> indexOf(row, p)).toArray();
                if (total >= 0 && java.util.Arrays.stream(parts).allMatch(p -> p >= 0 && p < total)) {
                    groups.add(new RunSplitter.SumGroup(offset + total,
                            java.util.Arrays.stream(parts).map(p -> offset + p).toArray()));
                }
            }
        }
        return groups;
    }

    private static int indexOf(RowSpec row, String columnCode) {
        for (int i = 0; i < row.columns().size(); i++) {
            if (row.columns().get(i).code().equals(columnCode)) {
                return i;
            }
        }
        return -1;
    }

    private void emit(PrintedRun run) {
        List<String[]> readings = run.readings();
        String where = "表" + TableCells.tableNumber(run.table()) + "“" + run.label() + "”";
        if (readings.isEmpty()) {
            out.notice("RUN_UNREADABLE", where + "的数字串" + run.printed() + "无法拆分为" + run.kinds().size()
                    + "格：the run cannot be split into the row's cells; they are missing");
            run.rows().forEach(r -> out.putRow(run.table(), r, List.of()));
            return;
        }
        if (run.exhausted()) {
            out.notice("RUN_TOO_AMBIGUOUS", where + "的数字串" + run.printed()
                    + "可能的拆分过多：too many readings; the candidates listed are not complete");
        }
        for (RowSpec row : run.rows()) {
            out.putRow(run.table(), row, rowCells(run, row));
        }
    }

    private List<Cell> rowCells(PrintedRun run, RowSpec row) {
        int offset = run.offsetOf(row.code());
        int width = row.columns().size();
        List<List<BigDecimal>> candidates = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String[] reading : run.readings()) {
            String key = String.join("|", java.util.Arrays.copyOfRange(reading, offset, offset + width));
            if (!seen.contains(key)) {
                seen.add(key);
                List<BigDecimal> values = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    values.add(valueOf(reading[offset + i]));
                }
                candidates.add(values);
            }
        }
        List<Cell> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            ColumnSpec column = row.columns().get(i);
            String unit = PrintedCell.unitOf(column, run.unit());
            String first = run.readings().get(0)[offset + i];
            int index = offset + i;
            boolean agreed = run.readings().stream().allMatch(r -> r[index].equals(first)) && !run.exhausted();
            if (agreed) {
                cells.add(cellOf(run.table(), row, column, first, unit, run.unit()));
            } else {
                cells.add(new Cell(run.table().code(), row.code(), column.code(), CellState.AMBIGUOUS, null, unit,
                        run.printed(), candidates));
            }
        }
        return cells;
    }

    private static Cell cellOf(TableSpec table, RowSpec row, ColumnSpec column, String token, String unit,
                               String printedUnit) {
        BigDecimal value = valueOf(token);
        if (value == null) {
            // A placeholder is no amount, so it has no unit (as in every other layout).
            return new Cell(table.code(), row.code(), column.code(), CellState.PLACEHOLDER, null, null, token, List.of());
        }
        String raw = unit != null && printedUnit != null ? token + printedUnit : token;
        return new Cell(table.code(), row.code(), column.code(), CellState.NUMBER, value, unit, raw, List.of());
    }

    private static BigDecimal valueOf(String token) {
        return PrintedCell.isPlaceholder(token) ? null : new BigDecimal(token);
    }
}
