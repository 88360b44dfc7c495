package org.gongkai.rules;

import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.format.TableSpec;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule catalog is well formed: every rule is described and every code it names exists in the format catalog. */
class RuleCatalogTest {

    private final RuleCatalog catalog = RuleCatalog.standard();

    @Test
    void everyRuleTheIssueNamesIsThereOnceWithBothDescriptions() {
        List<String> ids = catalog.rules().stream().map(Rule::id).toList();
        assertEquals(new HashSet<>(ids).size(), ids.size(), "ids are unique");
        assertTrue(ids.containsAll(List.of("O1", "D1", "D2", "D3", "D4", "D5", "X1", "X2", "X3", "X4", "X5", "F1", "T1",
                "C1", "C2", "H1")), ids::toString);
        for (Rule rule : catalog.rules()) {
            assertFalse(rule.info().zh().isBlank(), rule.id());
            assertTrue(rule.info().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    rule.id() + " has a Chinese description");
            assertFalse(rule.info().en().isBlank(), rule.id());
            assertTrue(Set.of("official", "derived").contains(rule.info().basis()), rule.id());
        }
        assertEquals(Severity.ERROR, catalog.rule("O1").orElseThrow().info().severity());
        assertEquals(Severity.WARNING, catalog.rule("X1").orElseThrow().info().severity());
    }

    @Test
    void identityTermsNameRowsAndColumnsOfTheirTable() {
        for (IdentityRule rule : catalog.rulesOf(IdentityRule.class)) {
            for (Term term : rule.terms()) {
                boolean found = FormatCatalog.standard().formats().stream()
                        .filter(f -> rule.appliesTo(f.code()))
                        .map(f -> f.table(rule.table()))
                        .anyMatch(table -> rule.perColumn() ? table.row(term.code()).isPresent()
                                : table.column(term.code()).isPresent());
                assertTrue(found, rule.id() + ": " + term.code());
            }
        }
        IdentityRule inForce = (IdentityRule) catalog.rule("X2").orElseThrow();
        assertEquals(List.of(new Term("in_force", 1, true), new Term("issued", 1, false), new Term("repealed", -1, false)),
                inForce.right());
        assertTrue(inForce.crossYear());
    }

    @Test
    void narrativeStatementsCaptureOneNumberAndNameRealCells() {
        NarrativeRule narrative = catalog.rulesOf(NarrativeRule.class).get(0);
        for (NarrativeStatement statement : narrative.statements()) {
            assertEquals(1, Pattern.compile(statement.pattern()).matcher("").groupCount(), statement.code());
            for (CellRef cell : statement.cells()) {
                ReportFormat format = FormatCatalog.standard().formats().get(1);
                TableSpec table = format.table(cell.table());
                assertTrue(table.row(cell.row()).isPresent() && table.column(cell.column()).isPresent(), cell.key());
            }
        }
        assertTrue(Pattern.compile(narrative.statements().get(0).pattern()).matcher("本年度共收到政府信息公开申请119件").find());
        assertFalse(Pattern.compile(narrative.statements().get(0).pattern()).matcher("全年共受理政府信息公开申请 749 件").find(),
                "受理 may include last year's carried-over requests (沭阳 2025: 749 = 713 new + 36 carried over)");
    }

    @Test
    void cellLabelsNameTheTableRowAndColumnAsPrinted() {
        ReportFormat format = FormatCatalog.standard().format("2021").orElseThrow();
        assertEquals("表三（一）予以公开·自然人", CellLabels.of(format, CellRef.parse("requests.granted.natural_person")));
        assertEquals("表四行政复议·总计", CellLabels.of(format, CellRef.parse("appeals.review.total")));
    }
}
