package org.gongkai.render;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Wrong reports (random correct ones, 予以公开 with several multi-digit applicants, then one identity broken the
 * way the corpus generator's defects break it) printed as flattened text with realistic noise read back as printed: every cell is the printed value,
 * or ambiguous with the printed row among its candidates. An identity that the report breaks must not
 * remove the printed reading.
 */
class FlattenedWrongReportsTest {

    private static final int REPORTS_PER_DEFECT = 600;
    private static final long SEED = 20_260_412L;
    private static final List<String> APPLICANTS = List.of("natural_person", "commercial", "research",
            "social_welfare", "legal_services", "other_org");

    /** The defects of {@code org.gongkai.generate.DefectKind} that change what a flattened table prints. */
    private enum Defect {
        WRONG_ROW_TOTAL, WRONG_COLUMN_TOTAL, BROKEN_BALANCE, NARRATIVE_MISMATCH
    }

    @Test
    void wrongReportsKeepThePrintedReadingAmongTheCandidates() {
        ReportParser parser = new ReportParser();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        for (Defect defect : Defect.values()) {
            IntStream.range(0, REPORTS_PER_DEFECT).parallel().forEach(i -> check(defect, i, parser, wrong));
        }
        assertEquals(List.of(), wrong.subList(0, Math.min(8, wrong.size())), wrong.size() + " cells lost their truth");
    }

    private static void check(Defect defect, int i, ReportParser parser, List<String> wrong) {
        Random random = new Random(SEED + 7919L * defect.ordinal() + i);
        int year = 2019 + random.nextInt(7);
        ReportFormat format = FormatCatalog.standard().formatForYear(year).orElseThrow();
        NormalizedReport truth = broken(RandomReports.report(random, format.code(), year), defect, random);
        RenderedReport text = ReportPrinter.print(truth, ReportRenderer.Style.FLATTENED, PrintNoise.realistic(), random);
        NormalizedReport parsed;
        try {
            parsed = parser.parse(text.bytes(), "wrong-" + defect + "-" + i);
        } catch (Exception e) {
            wrong.add(defect + " " + i + ": " + e);
            return;
        }
        NormalizedReport expected = text.expected();
        for (int k = 0; k < expected.cells().size(); k++) {
            Cell e = expected.cells().get(k);
            Cell p = parsed.cells().get(k);
            String where = defect + " " + i + " " + e.key();
            if (p.state() == CellState.AMBIGUOUS && tooAmbiguous(parsed, p.raw())) {
                continue;
            }
            if (p.state() == CellState.AMBIGUOUS) {
                List<BigDecimal> row = expected.cells().stream()
                        .filter(c -> c.table().equals(e.table()) && c.row().equals(e.row())).map(Cell::value).toList();
                if (p.candidates().stream().noneMatch(c -> sameValues(c, row))) {
                    wrong.add(where + ": printed " + row + " not among " + p.candidates() + " (" + p.raw() + ")");
                }
            } else if (e.state() != p.state() || !same(e.value(), p.value())) {
                wrong.add(where + ": printed " + e.state() + " " + e.value() + ", read " + p.state() + " " + p.value());
            }
        }
    }

    /** The parser said that the run has too many readings to list them all (RUN_TOO_AMBIGUOUS). */
    private static boolean tooAmbiguous(NormalizedReport parsed, String run) {
        return parsed.notices().stream().anyMatch(n -> n.code().equals("RUN_TOO_AMBIGUOUS") && n.message().contains(run));
    }

    /** The report with one defect, as the generator's DefectInjector makes it. */
    private static NormalizedReport broken(NormalizedReport report, Defect defect, Random random) {
        Map<String, Integer> index = new HashMap<>();
        List<Cell> cells = new ArrayList<>(report.cells());
        for (int k = 0; k < cells.size(); k++) {
            index.put(cells.get(k).key(), k);
        }
        Map<String, String> sections = new HashMap<>(report.sections());
        enrich(cells, index, random);
        switch (defect) {
            case WRONG_ROW_TOTAL -> {
                List<String> rows = cells.stream().filter(c -> c.table().equals("requests")
                        && c.column().equals("total")).map(Cell::row).toList();
                String key = "requests." + rows.get(random.nextInt(rows.size())) + ".total";
                add(cells, index.get(key), offset(cells.get(index.get(key)).value(), random));
            }
            case WRONG_COLUMN_TOTAL, BROKEN_BALANCE -> {
                String row = defect == Defect.WRONG_COLUMN_TOTAL ? "total_handled" : "new_received";
                int part = index.get("requests." + row + "." + APPLICANTS.get(random.nextInt(APPLICANTS.size())));
                long delta = offset(cells.get(part).value(), random);
                add(cells, part, delta);
                add(cells, index.get("requests." + row + ".total"), delta);
            }
            case NARRATIVE_MISMATCH -> {
                BigDecimal received = cells.get(index.get("requests.new_received.total")).value();
                long quoted = received.longValueExact() + offset(received, random);
                sections.put("overview", sections.get("overview") + "\n本年度共收到政府信息公开申请" + quoted + "件。");
            }
        }
        return new NormalizedReport(report.reportId(), report.source(), report.title(), report.agency(),
                report.year(), report.publishedOn(), report.format(), cells, sections, report.notices());
    }

    /**
     * Gives 予以公开 several applicants with counts of one to three digits, carried into （七） and 一 so that the
     * report stays correct: runs that split in many ways, where a broken identity can favour a false split.
     */
    private static void enrich(List<Cell> cells, Map<String, Integer> index, Random random) {
        long[] counts = {0, 0, 1, 2, 3, 5, 10, 12, 21, 30, 101};
        long sum = 0;
        for (String applicant : APPLICANTS) {
            long delta = counts[random.nextInt(counts.length)];
            sum += delta;
            for (String row : List.of("granted", "total_handled", "new_received")) {
                add(cells, index.get("requests." + row + "." + applicant), delta);
            }
        }
        for (String row : List.of("granted", "total_handled", "new_received")) {
            add(cells, index.get("requests." + row + ".total"), sum);
        }
    }

    /** A non-zero change that keeps the cell non-negative: mostly small, like a typo. */
    private static long offset(BigDecimal value, Random random) {
        long v = value.longValueExact();
        long size = 1 + random.nextInt((int) Math.max(3, Math.min(v / 5, 50)));
        return v >= size && random.nextBoolean() ? -size : size;
    }

    private static void add(List<Cell> cells, int k, long delta) {
        Cell c = cells.get(k);
        BigDecimal v = c.value().add(BigDecimal.valueOf(delta));
        cells.set(k, new Cell(c.table(), c.row(), c.column(), c.state(), v, c.unit(), v.toPlainString(), List.of()));
    }

    private static boolean sameValues(List<BigDecimal> candidate, List<BigDecimal> row) {
        return candidate.size() == row.size() && IntStream.range(0, row.size()).allMatch(k -> same(candidate.get(k), row.get(k)));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
