package org.gongkai.parse;

import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.Identity;
import org.gongkai.format.NarrativeClue;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.RowSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Narrows the readings of flattened runs with evidence beyond one row: the column identities of table 三
 * (（七）总计 = sum of outcomes, 一+二 = （七）+四, per column), then numbers the narrative states. Evidence
 * only ever chooses among readings. Table 三's identities (row totals included) are used only where they can
 * all hold together: when they cannot in any combination (the report is wrong), every row keeps every split
 * of its run, since a row total that picked a split may be the wrong one. A printed error is never "repaired".
 */
final class RunEvidence {

    private static final long MAX_COMBINATIONS = 1_000_000;

    private final ReportFormat format;
    private final TableCells out;

    RunEvidence(ReportFormat format, TableCells out) {
        this.format = format;
        this.out = out;
    }

    /**
     * Keeps the combinations of table 三 readings under which every usable column identity holds. The
     * identities are evidence only together: when a row's own total or the column identities cannot hold in
     * any reading, the table is wrong as printed and no identity says which reading is the printed one.
     */
    List<PrintedRun> applyColumnIdentities(List<PrintedRun> runs) {
        Map<String, Integer> runOfRow = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).table().code().equals("requests") && !runs.get(i).readings().isEmpty()) {
                runOfRow.put(runs.get(i).rows().get(0).code(), i);
            }
        }
        runOfRow.keySet().removeIf(row -> isPrintedSubtotal(row, runOfRow.keySet()));
        boolean rowBroken = runOfRow.values().stream().anyMatch(i -> runs.get(i).rowIdentityBroken());
        List<Identity> identities = usableIdentities(runOfRow);
        if (rowBroken) {
            return withoutIdentities(runs, runOfRow, "表三有一行的合计在任何拆分下都不成立：a row total cannot hold");
        }
        List<Integer> open = new ArrayList<>();
        long combinations = 1;
        for (int index : runOfRow.values()) {
            int n = runs.get(index).readings().size();
            if (n > 1) {
                open.add(index);
                combinations *= n;
            }
        }
        if (identities.isEmpty()) {
            return runs;
        }
        if (combinations > MAX_COMBINATIONS) {
            out.notice("EVIDENCE_SKIPPED", "表三可能的读法组合过多（" + combinations
                    + "）：column identities were not used to choose among the readings");
            return runs;
        }
        open.sort(Integer::compare);
        List<Set<Integer>> kept = new ArrayList<>();
        open.forEach(i -> kept.add(new LinkedHashSet<>()));
        int[] choice = new int[open.size()];
        int width = format.table("requests").columns().size();
        if (!enumerate(runs, runOfRow, identities, open, choice, 0, kept, width)) {
            return withoutIdentities(runs, runOfRow, "表三没有一种读法使各列勾稽关系成立：no reading satisfies the"
                    + " column identities");
        }
        List<PrintedRun> narrowed = new ArrayList<>(runs);
        for (int k = 0; k < open.size(); k++) {
            PrintedRun run = runs.get(open.get(k));
            List<String[]> readings = new ArrayList<>();
            kept.get(k).forEach(r -> readings.add(run.readings().get(r)));
            narrowed.set(open.get(k), run.withReadings(readings));
        }
        return narrowed;
    }

    /** Table 三's rows with every split of their runs, their own totals included: the printed one is among them. */
    private List<PrintedRun> withoutIdentities(List<PrintedRun> runs, Map<String, Integer> runOfRow, String why) {
        out.notice("IDENTITIES_UNSATISFIED", why + "; the identities are not used as evidence and each row keeps"
                + " every split of its run");
        List<PrintedRun> all = new ArrayList<>(runs);
        runOfRow.values().forEach(i -> all.set(i, runs.get(i).withoutIdentities()));
        return all;
    }

    /** True if some combination satisfies every identity; records the readings such combinations use. */
    private boolean enumerate(List<PrintedRun> runs, Map<String, Integer> runOfRow, List<Identity> identities,
                              List<Integer> open, int[] choice, int depth, List<Set<Integer>> kept, int width) {
        if (depth == open.size()) {
            if (!allHold(runs, runOfRow, identities, open, choice, width)) {
                return false;
            }
            for (int k = 0; k < open.size(); k++) {
                kept.get(k).add(choice[k]);
            }
            return true;
        }
        boolean any = false;
        for (int r = 0; r < runs.get(open.get(depth)).readings().size(); r++) {
            choice[depth] = r;
            any |= enumerate(runs, runOfRow, identities, open, choice, depth + 1, kept, width);
        }
        return any;
    }

    private static boolean allHold(List<PrintedRun> runs, Map<String, Integer> runOfRow, List<Identity> identities,
                                   List<Integer> open, int[] choice, int width) {
        for (Identity identity : identities) {
            for (int column = 0; column < width; column++) {
                Long left = side(identity.leftTerms(), runs, runOfRow, open, choice, column);
                Long right = side(identity.rightTerms(), runs, runOfRow, open, choice, column);
                if (left != null && right != null && !left.equals(right)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The sum of one column over some rows under the chosen readings; null where a cell is not a number. */
    private static Long side(List<String> rowCodes, List<PrintedRun> runs, Map<String, Integer> runOfRow,
                             List<Integer> open, int[] choice, int column) {
        long sum = 0;
        for (String rowCode : rowCodes) {
            Integer index = runOfRow.get(rowCode);
            if (index == null) {
                continue;
            }
            int k = open.indexOf(index);
            String[] reading = runs.get(index).readings().get(k >= 0 ? choice[k] : 0);
            Long value = RunSplitter.wholeNumber(reading[column]);
            if (value == null) {
                return null;
            }
            sum += value;
        }
        return sum;
    }

    /** Per-column identities whose rows were all printed (rows replaced by a printed single row excepted). */
    private List<Identity> usableIdentities(Map<String, Integer> runOfRow) {
        Set<String> replaced = new LinkedHashSet<>();
        for (RowSpec row : format.table("requests").rows()) {
            if (runOfRow.containsKey(row.code())) {
                replaced.addAll(row.replaces());
            }
        }
        replaced.removeAll(runOfRow.keySet());
        return format.identities().stream()
                .filter(i -> i.table().equals("requests") && !i.perRow())
                .filter(i -> java.util.stream.Stream.concat(i.leftTerms().stream(), i.rightTerms().stream())
                        .allMatch(row -> runOfRow.containsKey(row) || replaced.contains(row)
                                || isOnlyWhenPrinted(row)))
                .toList();
    }

    /**
     * A printed subtotal (（三）不予公开 with numbers, or （六） printed above its sub-rows) is no outcome of its
     * own: the identities count the rows under it, and it neither takes part in them nor is narrowed by them.
     */
    private boolean isPrintedSubtotal(String rowCode, Set<String> printedRows) {
        RowSpec row = format.row("requests", rowCode).orElseThrow();
        return row.isSubtotal() || row.replaces().stream().anyMatch(printedRows::contains);
    }

    private boolean isOnlyWhenPrinted(String rowCode) {
        return format.row("requests", rowCode).map(RowSpec::onlyWhenPrinted).orElse(false);
    }

    /** Keeps the readings that agree with a number the narrative states for one of the run's cells. */
    PrintedRun applyNarrative(PrintedRun run, String narrative) {
        if (run.readings().size() <= 1 || narrative.isEmpty()) {
            return run;
        }
        PrintedRun current = run;
        for (NarrativeClue clue : FormatCatalog.standard().narrativeClues()) {
            int offset = current.offsetOf(clue.row());
            int column = offset < 0 ? -1 : columnIndex(current, clue.row(), clue.column());
            if (!clue.table().equals(run.table().code()) || column < 0) {
                continue;
            }
            int cell = offset + column;
            Matcher m = clue.pattern().matcher(narrative);
            while (m.find()) {
                String stated = m.group(1);
                List<String[]> agreeing = current.readings().stream().filter(r -> stated.equals(r[cell])).toList();
                if (!agreeing.isEmpty() && agreeing.size() < current.readings().size()) {
                    current = current.withReadings(agreeing);
                }
            }
        }
        return current;
    }

    private static int columnIndex(PrintedRun run, String rowCode, String columnCode) {
        RowSpec row = run.rows().stream().filter(r -> r.code().equals(rowCode)).findFirst().orElseThrow();
        List<ColumnSpec> columns = row.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(columnCode)) {
                return i;
            }
        }
        return -1;
    }
}
