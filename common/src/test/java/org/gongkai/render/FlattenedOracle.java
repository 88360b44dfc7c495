package org.gongkai.render;

import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.Identity;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;
import org.gongkai.format.TableSpec;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An independent oracle for flattened text: every split of each printed digit run that the printed row and
 * column identities allow, by brute force. A run is a row's printed cells run together (table 四: all 15).
 * Token rules: a count is 0 or digits without a leading zero, a signed count may start with a minus, an
 * amount may have decimals, a placeholder is one dash or slash (a hyphen before digits in a signed column
 * is a minus sign). An identity is used where the truth does not break it, and rejects a reading only where
 * the reading makes it checkable (no placeholder among its cells) and false.
 */
final class FlattenedOracle {

    /** The values each cell takes over the surviving readings (null for a placeholder), by cell key. */
    record Verdict(Map<String, Set<String>> values, boolean gaveUp) {

        boolean ambiguous(String key) {
            Set<String> v = values.get(key);
            return v != null && v.size() > 1;
        }
    }

    private static final Pattern COUNT = Pattern.compile("0|[1-9]\\d*");
    private static final Pattern SIGNED = Pattern.compile("0|-?[1-9]\\d*");
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9]\\d*)(\\.\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—–/]");
    private static final String NONE = "placeholder";
    private static final long MAX_COMBINATIONS = 3_000_000;

    private final ReportFormat format;
    private final Map<String, Cell> truth = new HashMap<>();

    private FlattenedOracle(ReportFormat format, NormalizedReport expected) {
        this.format = format;
        expected.cells().forEach(c -> truth.put(c.key(), c));
    }

    static Verdict judge(ReportFormat format, NormalizedReport expected) {
        return new FlattenedOracle(format, expected).judge();
    }

    private Verdict judge() {
        Map<String, Set<String>> values = new HashMap<>();
        boolean gaveUp = false;
        for (TableSpec table : format.tables()) {
            List<List<RowSpec>> runs = new ArrayList<>();
            if (table.code().equals("appeals")) {
                runs.add(table.rows());
            } else {
                table.rows().forEach(r -> runs.add(List.of(r)));
            }
            List<Run> printed = new ArrayList<>();
            for (List<RowSpec> rows : runs) {
                if (rows.stream().allMatch(r -> printed(table, r))) {
                    printed.add(new Run(table, rows, readings(table, rows)));
                }
            }
            if (table.code().equals("requests")) {
                gaveUp |= !applyColumnIdentities(table, printed);
            }
            printed.forEach(run -> run.collect(values));
        }
        return new Verdict(values, gaveUp);
    }

    private boolean printed(TableSpec table, RowSpec row) {
        return row.columns().stream().allMatch(c -> {
            Cell cell = truth.get(key(table, row, c));
            return cell != null && cell.state() != CellState.MISSING;
        });
    }

    /** One printed run and its surviving readings (one token per cell of its rows). */
    private record Run(TableSpec table, List<RowSpec> rows, List<String[]> readings) {

        void collect(Map<String, Set<String>> values) {
            int at = 0;
            for (RowSpec row : rows) {
                for (ColumnSpec column : row.columns()) {
                    Set<String> seen = new LinkedHashSet<>();
                    for (String[] reading : readings) {
                        seen.add(PLACEHOLDER.matcher(reading[at]).matches() ? NONE : new BigDecimal(reading[at]).toPlainString());
                    }
                    values.put(key(table, row, column), seen);
                    at++;
                }
            }
        }
    }

    private List<String[]> readings(TableSpec table, List<RowSpec> rows) {
        List<ColumnSpec> columns = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (RowSpec row : rows) {
            for (ColumnSpec column : row.columns()) {
                columns.add(column);
                Cell cell = truth.get(key(table, row, column));
                run.append(cell.state() == CellState.NUMBER ? cell.value().toPlainString()
                        : Normalizer.normalize(cell.raw(), Normalizer.Form.NFKC));
            }
        }
        List<String[]> all = new ArrayList<>();
        split(run.toString(), 0, columns, new String[columns.size()], all);
        List<int[]> sums = rowSums(table, rows);
        return all.stream().filter(r -> sums.stream().allMatch(s -> holdsOrUncheckable(r, s))).toList();
    }

    private static void split(String run, int cell, List<ColumnSpec> columns, String[] current, List<String[]> out) {
        int start = cell == 0 ? 0 : endOf(current, cell);
        if (cell == columns.size()) {
            if (start == run.length()) {
                out.add(current.clone());
            }
            return;
        }
        for (int end = start + 1; end <= run.length(); end++) {
            String token = run.substring(start, end);
            if (valid(token, columns.get(cell).kind(), end < run.length() && Character.isDigit(run.charAt(end)))) {
                current[cell] = token;
                split(run, cell + 1, columns, current, out);
            }
        }
        current[cell] = null;
    }

    private static int endOf(String[] current, int cells) {
        int length = 0;
        for (int i = 0; i < cells; i++) {
            length += current[i].length();
        }
        return length;
    }

    private static boolean valid(String token, ColumnKind kind, boolean digitFollows) {
        if (PLACEHOLDER.matcher(token).matches()) {
            return !(kind == ColumnKind.SIGNED_COUNT && token.equals("-") && digitFollows);
        }
        return switch (kind) {
            case COUNT -> COUNT.matcher(token).matches();
            case SIGNED_COUNT -> SIGNED.matcher(token).matches();
            case AMOUNT -> AMOUNT.matcher(token).matches();
        };
    }

    /** Per-row identities ({total, part…} as positions in the run) that the truth does not break. */
    private List<int[]> rowSums(TableSpec table, List<RowSpec> rows) {
        List<int[]> sums = new ArrayList<>();
        int offset = 0;
        for (RowSpec row : rows) {
            for (Identity identity : format.identities()) {
                if (identity.perRow() && identity.table().equals(table.code()) && identity.total() != null) {
                    int[] positions = new int[identity.parts().size() + 1];
                    positions[0] = offset + columnIndex(row, identity.total());
                    for (int i = 0; i < identity.parts().size(); i++) {
                        positions[i + 1] = offset + columnIndex(row, identity.parts().get(i));
                    }
                    String[] truthTokens = truthTokens(table, rows);
                    if (holdsOrUncheckable(truthTokens, positions)) {
                        sums.add(positions);
                    }
                }
            }
            offset += row.columns().size();
        }
        return sums;
    }

    private String[] truthTokens(TableSpec table, List<RowSpec> rows) {
        List<String> tokens = new ArrayList<>();
        rows.forEach(r -> r.columns().forEach(c -> {
            Cell cell = truth.get(key(table, r, c));
            tokens.add(cell.state() == CellState.NUMBER ? cell.value().toPlainString() : "-");
        }));
        return tokens.toArray(String[]::new);
    }

    private static int columnIndex(RowSpec row, String column) {
        for (int i = 0; i < row.columns().size(); i++) {
            if (row.columns().get(i).code().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column + " in row " + row.code());
    }

    /** positions[0] = sum of the others, or one of them is a placeholder. */
    private static boolean holdsOrUncheckable(String[] tokens, int[] positions) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < positions.length; i++) {
            if (PLACEHOLDER.matcher(tokens[positions[i]]).matches()) {
                return true;
            }
            sum = sum.add(new BigDecimal(tokens[positions[i]]));
        }
        return PLACEHOLDER.matcher(tokens[positions[0]]).matches() || sum.compareTo(new BigDecimal(tokens[positions[0]])) == 0;
    }

    /**
     * Keeps the readings of table 三's runs that some combination satisfying every usable column identity
     * uses. False if there were too many combinations to try (the runs keep every reading then).
     */
    private boolean applyColumnIdentities(TableSpec table, List<Run> runs) {
        Map<String, Integer> runOfRow = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            runOfRow.put(runs.get(i).rows().get(0).code(), i);
        }
        List<Identity> identities = format.identities().stream()
                .filter(i -> i.table().equals(table.code()) && !i.perRow())
                .filter(i -> allTermsPrintedOrAbsent(table, i, runOfRow)).toList();
        long combinations = 1;
        for (Run run : runs) {
            combinations *= Math.max(1, run.readings().size());
            if (combinations > MAX_COMBINATIONS) {
                return false;
            }
        }
        if (identities.isEmpty() || runs.isEmpty() || combinations == 1) {
            return true;
        }
        int width = table.columns().size();
        List<Set<Integer>> kept = new ArrayList<>();
        runs.forEach(r -> kept.add(new HashSet<>()));
        int[] choice = new int[runs.size()];
        String[][] truthRows = new String[runs.size()][];
        for (int i = 0; i < runs.size(); i++) {
            truthRows[i] = truthTokens(table, runs.get(i).rows());
        }
        enumerate(runs, 0, choice, kept, identities, runOfRow, width, truthRows);
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            List<String[]> readings = new ArrayList<>();
            kept.get(i).stream().sorted().forEach(k -> readings.add(run.readings().get(k)));
            runs.set(i, new Run(run.table(), run.rows(), readings));
        }
        return true;
    }

    private void enumerate(List<Run> runs, int depth, int[] choice, List<Set<Integer>> kept,
                           List<Identity> identities, Map<String, Integer> runOfRow, int width, String[][] truthRows) {
        if (depth == runs.size()) {
            String[][] chosen = new String[runs.size()][];
            for (int i = 0; i < runs.size(); i++) {
                chosen[i] = runs.get(i).readings().get(choice[i]);
            }
            for (Identity identity : identities) {
                for (int column = 0; column < width; column++) {
                    if (!holds(identity, chosen, runOfRow, column, truthRows)) {
                        return;
                    }
                }
            }
            for (int i = 0; i < runs.size(); i++) {
                kept.get(i).add(choice[i]);
            }
            return;
        }
        for (int r = 0; r < runs.get(depth).readings().size(); r++) {
            choice[depth] = r;
            enumerate(runs, depth + 1, choice, kept, identities, runOfRow, width, truthRows);
        }
    }

    /** The identity in one column under the chosen readings, where the truth keeps it there. */
    private static boolean holds(Identity identity, String[][] chosen, Map<String, Integer> runOfRow, int column,
                                 String[][] truthRows) {
        BigDecimal[] truthSides = sides(identity, truthRows, runOfRow, column);
        if (truthSides != null && truthSides[0].compareTo(truthSides[1]) != 0) {
            return true;
        }
        BigDecimal[] sides = sides(identity, chosen, runOfRow, column);
        return sides == null || sides[0].compareTo(sides[1]) == 0;
    }

    private static BigDecimal[] sides(Identity identity, String[][] rows, Map<String, Integer> runOfRow, int column) {
        BigDecimal left = sum(identity.leftTerms(), rows, runOfRow, column);
        BigDecimal right = sum(identity.rightTerms(), rows, runOfRow, column);
        return left == null || right == null ? null : new BigDecimal[] {left, right};
    }

    private static BigDecimal sum(List<String> rowCodes, String[][] rows, Map<String, Integer> runOfRow, int column) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String row : rowCodes) {
            Integer index = runOfRow.get(row);
            if (index == null) {
                continue;
            }
            String token = rows[index][column];
            if (PLACEHOLDER.matcher(token).matches()) {
                return null;
            }
            sum = sum.add(new BigDecimal(token));
        }
        return sum;
    }

    /** A row of an identity that is not printed must be one the format leaves out, not a dropped one. */
    private boolean allTermsPrintedOrAbsent(TableSpec table, Identity identity, Map<String, Integer> runOfRow) {
        Set<String> replaced = new HashSet<>();
        table.rows().stream().filter(r -> runOfRow.containsKey(r.code())).forEach(r -> replaced.addAll(r.replaces()));
        List<String> terms = new ArrayList<>(identity.leftTerms());
        terms.addAll(identity.rightTerms());
        return terms.stream().allMatch(t -> runOfRow.containsKey(t) || replaced.contains(t)
                || table.row(t).map(r -> r.onlyWhenPrinted()).orElse(false));
    }

    private static String key(TableSpec table, RowSpec row, ColumnSpec column) {
        return table.code() + "." + row.code() + "." + column.code();
    }
}
