package org.gongkai.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.parse.ParseFailure;
import org.gongkai.parse.ReportParser;
import org.gongkai.report.Cell;
import org.gongkai.report.CellState;
import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each defect kind, injected into every report it can apply to, breaks exactly what it says: the cells that
 * differ from the correct report are exactly the recorded ones, the named identity fails, and the others hold.
 */
class DefectInjectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<List<GeneratedReport>> only(DefectKind kind) {
        return TestCorpus.series(TestCorpus.config(21, DefectRates.none().with(kind.code() + "=1")));
    }

    @ParameterizedTest
    @EnumSource(value = DefectKind.class, names = "BAD_FILE_.*", mode = EnumSource.Mode.MATCH_NONE)
    void recordedCellsAreExactlyTheChangedOnes(DefectKind kind) {
        int injected = 0;
        for (List<GeneratedReport> years : only(kind)) {
            for (int i = 0; i < years.size(); i++) {
                GeneratedReport r = years.get(i);
                if (r.defect() == null) {
                    continue;
                }
                injected++;
                assertEquals(kind, r.defect().kind());
                if (kind == DefectKind.WRONG_FORMAT) {
                    assertEquals("2019", r.printed().format());
                    assertTrue(r.year() >= 2021);
                    assertEquals(List.of(), IdentityCheck.violations(r.printed()));
                    continue;
                }
                Map<String, DefectCell> recorded = new HashMap<>();
                r.defect().cells().forEach(c -> recorded.put(c.table() + "." + c.row() + "." + c.column(), c));
                Set<String> changed = changedCells(r.correct(), r.printed(), recorded);
                if (kind != DefectKind.NARRATIVE_MISMATCH) {
                    assertEquals(new TreeSet<>(recorded.keySet()), changed, r.printed().reportId());
                }
                check(kind, r, i == 0 ? null : years.get(i - 1));
            }
        }
        assertTrue(injected > 50, kind + " injected " + injected + " times");
    }

    /** The keys of the cells that differ; checks that each recorded cell states the printed and correct values. */
    private static Set<String> changedCells(NormalizedReport correct, NormalizedReport printed, Map<String, DefectCell> recorded) {
        Set<String> changed = new TreeSet<>();
        for (int k = 0; k < correct.cells().size(); k++) {
            Cell c = correct.cells().get(k);
            Cell p = printed.cells().get(k);
            assertEquals(c.key(), p.key());
            if (c.state() != p.state() || !Objects.equals(c.value(), p.value())) {
                changed.add(c.key());
                DefectCell d = recorded.get(c.key());
                if (d != null) {
                    assertEquals(0, d.correct().compareTo(c.value()), c.key());
                    assertTrue(d.printed() == null ? p.value() == null : d.printed().compareTo(p.value()) == 0, c.key());
                }
            }
        }
        return changed;
    }

    private static void check(DefectKind kind, GeneratedReport r, GeneratedReport previous) {
        List<String> broken = IdentityCheck.violations(r.printed());
        DefectCell first = r.defect().cells().isEmpty() ? null : r.defect().cells().get(0);
        switch (kind) {
            case WRONG_ROW_TOTAL -> assertTrue(broken.contains("row_total:" + first.row()), broken.toString());
            case WRONG_COLUMN_TOTAL -> {
                assertTrue(broken.contains("outcome_total:" + first.column()), broken.toString());
                assertFalse(broken.stream().anyMatch(b -> b.startsWith("row_total")), broken.toString());
            }
            case BROKEN_BALANCE -> {
                assertTrue(broken.contains("balance:" + first.column()), broken.toString());
                assertTrue(broken.stream().allMatch(b -> b.startsWith("balance")), broken.toString());
            }
            case BLANK_TOTAL_COLUMN -> {
                assertTrue(r.defect().cells().size() >= 19);
                r.defect().cells().forEach(c -> assertEquals(CellState.BLANK,
                        r.printed().cell("requests", c.row(), "total").orElseThrow().state()));
            }
            case BROKEN_CARRY_OVER -> {
                assertEquals(List.of(), broken);
                String column = first.column();
                assertNotEquals(TestCorpus.value(previous.correct(), "requests", "carried_forward", column),
                        TestCorpus.value(r.printed(), "requests", "carried_over", column));
            }
            case COPIED_PREVIOUS_YEAR -> {
                assertEquals(previous.printed().cells(), r.printed().cells());
                assertEquals(r.year() - 1, previous.year());
            }
            case LATE_PUBLICATION -> {
                assertEquals(List.of(), broken);
                assertTrue(LocalDate.parse(r.printed().publishedOn()).isAfter(PublicationDates.deadline(r.agency(), r.year())));
            }
            case NARRATIVE_MISMATCH -> {
                assertEquals(r.correct().cells(), r.printed().cells());
                BigDecimal quoted = first.printed();
                assertNotEquals(0, quoted.compareTo(first.correct()));
                assertTrue(r.printed().sections().get("overview").contains("申请" + quoted.toPlainString() + "件"));
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DefectKind.class, names = "BAD_FILE_.*", mode = EnumSource.Mode.MATCH_ALL)
    void badFilesAreQuarantinedWithTheirReason(DefectKind kind) throws Exception {
        GeneratorConfig config = new GeneratorConfig(21, 2023, 2023, TestCorpus.SCALE, LayoutMix.parse(LayoutMix.DEFAULT),
                DefectRates.none().with(kind.code() + "=1"));
        ReportParser parser = new ReportParser();
        int files = 0;
        for (UniverseAgency agency : config.universe().agencies().subList(0, 40)) {
            for (CorpusEntry entry : CorpusEntries.of(agency, config)) {
                assertNull(entry.expectedJson(), "a bad file has no expected report");
                assertEquals(1, entry.defectLines().size());
                JsonNode line = JSON.readTree(entry.defectLines().get(0));
                assertEquals(kind.code(), line.get("kind").asText());
                assertEquals(entry.path(), line.get("file").asText());
                ParseFailure failure = assertThrows(ParseFailure.class, () -> parser.parse(entry.bytes(), entry.path()));
                assertEquals(line.get("expected_reason").asText(), failure.reason().code(), entry.path());
                files++;
            }
        }
        assertEquals(40, files);
    }

    @Test
    void defectLinesCarryTheRecordedCells() throws Exception {
        GeneratorConfig config = TestCorpus.config(21, DefectRates.none().with("wrong_row_total=1"));
        UniverseAgency agency = config.universe().agencies().get(0);
        List<CorpusEntry> entries = CorpusEntries.of(agency, config);
        List<GeneratedReport> reports = AgencySeries.reports(agency, config);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode line = JSON.readTree(entries.get(i).defectLines().get(0));
            DefectCell cell = reports.get(i).defect().cells().get(0);
            JsonNode json = line.get("cells").get(0);
            assertEquals(reports.get(i).printed().reportId(), line.get("report_id").asText());
            assertEquals(List.of(cell.table(), cell.row(), cell.column()),
                    List.of(json.get("table").asText(), json.get("row").asText(), json.get("col").asText()));
            assertEquals(0, cell.printed().compareTo(json.get("printed").decimalValue()));
            assertEquals(0, cell.correct().compareTo(json.get("correct").decimalValue()));
            assertNotNull(line.get("detail").asText());
        }
    }

    @Test
    void ratesSelectKindsInProportion() {
        DefectRates rates = DefectRates.total(0.1);
        double sum = rates.asMap().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(0.1, sum, 1e-12);
        assertTrue(rates.pick(0.0999).isPresent());
        assertFalse(rates.pick(0.1001).isPresent());
        assertEquals(0.5, rates.with("late_publication=0.5").rate(DefectKind.LATE_PUBLICATION));
        assertThrows(IllegalArgumentException.class, () -> rates.with("late_publication=0.95"));
        List<String> none = new ArrayList<>();
        TestCorpus.series(TestCorpus.config(21, DefectRates.none())).forEach(s -> s.forEach(r -> {
            if (r.defect() != null) {
                none.add(r.printed().reportId());
            }
        }));
        assertEquals(List.of(), none);
    }
}
