package org.gongkai.jobs.validate;

import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.validate.ValidationHarness.Result;
import org.gongkai.jobs.validate.ValidationHarness.Results;
import org.gongkai.report.CellState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule of the catalog on reports written here: one that passes, one that fails with the right difference,
 * one that cannot be evaluated (and what the lenient reading makes of it). One Spark session for the class.
 */
class RulesTest {

    @TempDir
    static Path root;
    private static TestWarehouse warehouse;
    private static Results results;

    /** Every scenario's reports in one validation run: one Spark plan for the whole class. */
    @BeforeAll
    static void start() {
        warehouse = new TestWarehouse(root);
        List<TestReport> all = new ArrayList<>();
        all.addAll(BalanceO1.reports());
        all.addAll(OutcomeSumD1BothFormatsAndSixthGroupAsOneRow.reports());
        all.addAll(RowTotalD2StrictAndLenient.reports());
        all.addAll(AppealsD3.reports());
        all.addAll(CellDomainD4.reports());
        all.addAll(CarryOverX1.reports());
        all.addAll(InForceX2AndPreviousItemsX3.reports());
        all.addAll(NarrativeX4.reports());
        all.addAll(FeesX5.reports());
        all.addAll(FormatF1.reports());
        all.addAll(TimelinessT1.reports());
        all.addAll(CopiedTablesC1.reports());
        all.addAll(NearDuplicateTextsC2.reports());
        all.addAll(HierarchyH1.reports());
        all.addAll(SubtotalsD5.reports());
        results = new ValidationHarness(warehouse.spark()).validate(all.toArray(TestReport[]::new));
    }

    @AfterAll
    static void stop() {
        warehouse.stop();
    }

    /** The reports of balanceO1. */
    static final class BalanceO1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport correct;
        static TestReport wrong;
        static TestReport blank;
        static {
            correct = TestReport.of("balanceO1·甲局", "2021", 2023);
            wrong = TestReport.of("balanceO1·乙局", "2021", 2023).add("requests", "new_received", "commercial", 2)
                    .add("requests", "new_received", "total", 2);
            blank = TestReport.of("balanceO1·丙局", "2021", 2023).state("requests", "carried_over", "research", CellState.BLANK);
            REPORTS.addAll(List.of(correct, wrong, blank));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void balanceO1() {
        TestReport correct = BalanceO1.correct;
        TestReport wrong = BalanceO1.wrong;
        TestReport blank = BalanceO1.blank;
        assertTrue(results.notPassed(correct, "O1").isEmpty(), () -> results.notPassed(correct, "O1").toString());
        assertEquals(7, results.of(correct).stream().filter(r -> r.ruleId().equals("O1")).count());
        assertFails(results.get(wrong, "O1", "commercial"), -2);
        assertFails(results.get(wrong, "O1", "total"), -2);
        assertEquals("pass", results.get(wrong, "D2", "new_received").status());
        Result notEvaluable = results.get(blank, "O1", "research");
        assertEquals("not_evaluable", notEvaluable.status());
        assertTrue(notEvaluable.message().contains("表三二、上年结转政府信息公开申请数量·科研机构为空白"), notEvaluable.message());
        assertTrue(notEvaluable.cells().contains("requests.carried_over.research"));
        // Read as 0, the blank breaks the balance by what the column carried over.
        BigDecimal carried = TestReport.of("balanceO1·丙局", "2021", 2023).value("requests", "carried_over", "research");
        assertEquals(carried.signum() == 0 ? "pass" : "fail", notEvaluable.lenientStatus());
    }


    /** The reports of outcomeSumD1BothFormatsAndSixthGroupAsOneRow. */
    static final class OutcomeSumD1BothFormatsAndSixthGroupAsOneRow {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport wrong;
        static TestReport ambiguous;
        static TestReport oneRow;
        static long other;
        static {
            wrong = TestReport.of("outcomeSumD1BothFormatsAndSixthGroupAsOneRow·甲局", "2019", 2020).add("requests", "total_handled", "research", 1)
                    .add("requests", "total_handled", "total", 1);
            ambiguous = TestReport.of("outcomeSumD1BothFormatsAndSixthGroupAsOneRow·乙局", "2021", 2022).ambiguous("requests", "granted", "natural_person");
            oneRow = TestReport.of("outcomeSumD1BothFormatsAndSixthGroupAsOneRow·丙局", "2021", 2023);
            other = oneRow.value("requests", "other_no_correction", "legal_services").longValue()
                    + oneRow.value("requests", "other_unpaid_fee", "legal_services").longValue()
                    + oneRow.value("requests", "other_misc", "legal_services").longValue();
            for (String row : new String[]{"other_no_correction", "other_unpaid_fee", "other_misc"}) {
                for (String column : new String[]{"natural_person", "commercial", "research", "social_welfare",
                        "legal_services", "other_org", "total"}) {
                    long value = oneRow.value("requests", row, column).longValue();
                    long sum = oneRow.cells.stream().filter(c -> c.row().equals("other_handling") && c.column().equals(column))
                            .findFirst().map(c -> c.value().longValue()).orElse(0L);
                    oneRow.cells.removeIf(c -> c.row().equals("other_handling") && c.column().equals(column));
                    oneRow.print("requests", "other_handling", column, sum + value);
                    oneRow.state("requests", row, column, CellState.MISSING);
                }
            }
            REPORTS.addAll(List.of(wrong, ambiguous, oneRow));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void outcomeSumD1BothFormatsAndSixthGroupAsOneRow() {
        TestReport wrong = OutcomeSumD1BothFormatsAndSixthGroupAsOneRow.wrong;
        TestReport ambiguous = OutcomeSumD1BothFormatsAndSixthGroupAsOneRow.ambiguous;
        TestReport oneRow = OutcomeSumD1BothFormatsAndSixthGroupAsOneRow.oneRow;
        long other = OutcomeSumD1BothFormatsAndSixthGroupAsOneRow.other;
        assertFails(results.get(wrong, "D1", "research"), 1);
        assertEquals("pass", results.get(wrong, "D1", "natural_person").status());
        Result notEvaluable = results.get(ambiguous, "D1", "natural_person");
        assertEquals("not_evaluable", notEvaluable.status());
        assertEquals("not_evaluable", notEvaluable.lenientStatus(), "an ambiguous cell has no lenient reading either");
        assertTrue(notEvaluable.message().contains("（一）予以公开·自然人为有歧义"), notEvaluable.message());
        assertTrue(results.notPassed(oneRow, "D1").isEmpty(), () -> results.notPassed(oneRow, "D1").toString());
        assertEquals(other, results.get(oneRow, "D1", "legal_services").expected().longValue() > 0 ? other : 0);
        assertTrue(results.find(oneRow, "D2", "other_no_correction").isEmpty(), "a replaced row is not checked");
        assertEquals("pass", results.get(oneRow, "D2", "other_handling").status());
    }


    /** The reports of rowTotalD2StrictAndLenient. */
    static final class RowTotalD2StrictAndLenient {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport wrong;
        static TestReport blank;
        static {
            wrong = TestReport.of("rowTotalD2StrictAndLenient·甲局", "2021", 2023).add("requests", "granted", "total", 3);
            blank = TestReport.of("rowTotalD2StrictAndLenient·乙局", "2021", 2023).set("requests", "granted", "natural_person", 4)
                    .set("requests", "granted", "commercial", 0).set("requests", "granted", "research", 0)
                    .set("requests", "granted", "social_welfare", 0).set("requests", "granted", "legal_services", 0)
                    .set("requests", "granted", "other_org", 0).state("requests", "granted", "total", CellState.BLANK);
            REPORTS.addAll(List.of(TestReport.of("rowTotalD2StrictAndLenient·丙局", "2021", 2023), wrong, blank));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void rowTotalD2StrictAndLenient() {
        TestReport wrong = RowTotalD2StrictAndLenient.wrong;
        TestReport blank = RowTotalD2StrictAndLenient.blank;
        assertFails(results.get(wrong, "D2", "granted"), 3);
        assertTrue(results.get(wrong, "D2", "granted").message().contains("表三（一）予以公开行"));
        Result strict = results.get(blank, "D2", "granted");
        assertEquals("not_evaluable", strict.status());
        assertEquals("fail", strict.lenientStatus(), "a blank 总计 read as 0 misses the 4 requests");
        assertEquals(-4, strict.lenientDifference().longValue());
    }


    /** The reports of appealsD3. */
    static final class AppealsD3 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport wrong;
        static TestReport placeholder;
        static {
            wrong = TestReport.of("appealsD3·甲局", "2021", 2023).add("appeals", "review", "total", 1);
            placeholder = TestReport.of("appealsD3·乙局", "2021", 2023).state("appeals", "litigation_direct", "pending",
                    CellState.PLACEHOLDER);
            REPORTS.addAll(List.of(wrong, placeholder));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void appealsD3() {
        TestReport wrong = AppealsD3.wrong;
        TestReport placeholder = AppealsD3.placeholder;
        assertFails(results.get(wrong, "D3", "review"), 1);
        assertEquals("pass", results.get(wrong, "D3", "litigation_direct").status());
        Result notEvaluable = results.get(placeholder, "D3", "litigation_direct");
        assertEquals("not_evaluable", notEvaluable.status());
        assertTrue(notEvaluable.message().contains("占位符"), notEvaluable.message());
    }


    /** The reports of cellDomainD4. */
    static final class CellDomainD4 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport negative;
        static TestReport change;
        static {
            negative = TestReport.of("cellDomainD4·甲局", "2021", 2023).set("appeals", "review", "upheld", -2);
            change = TestReport.of("cellDomainD4·乙局", "2019", 2020).set("proactive", "licensing", "change", -8);
            REPORTS.addAll(List.of(negative, change));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void cellDomainD4() {
        TestReport negative = CellDomainD4.negative;
        TestReport change = CellDomainD4.change;
        Result failed = results.get(negative, "D4", "appeals");
        assertEquals("fail", failed.status());
        assertEquals(1, failed.actual().intValue());
        assertTrue(failed.message().contains("表四行政复议·结果维持 = -2"), failed.message());
        assertEquals("pass", results.get(negative, "D4", "requests").status());
        assertEquals("pass", results.get(change, "D4", "proactive").status(), "本年增/减 may be negative");
    }


    /** The reports of carryOverX1. */
    static final class CarryOverX1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport last;
        static TestReport kept;
        static TestReport otherLast;
        static TestReport other;
        static {
            last = TestReport.of("carryOverX1·甲局", "2021", 2022);
            kept = TestReport.of("carryOverX1·甲局", "2021", 2023);
            for (String column : new String[]{"natural_person", "commercial", "research", "social_welfare", "legal_services",
                    "other_org", "total"}) {
                kept.set("requests", "carried_over", column, last.value("requests", "carried_forward", column).longValue());
            }
            kept.add("requests", "carried_over", "social_welfare", 5);
            otherLast = TestReport.of("carryOverX1·乙局", "2021", 2022).state("requests", "carried_forward", "total", CellState.BLANK);
            other = TestReport.of("carryOverX1·乙局", "2021", 2023);
            REPORTS.addAll(List.of(last, kept, otherLast, other));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void carryOverX1() {
        TestReport last = CarryOverX1.last;
        TestReport kept = CarryOverX1.kept;
        TestReport otherLast = CarryOverX1.otherLast;
        TestReport other = CarryOverX1.other;
        assertEquals("pass", results.get(kept, "X1", "natural_person").status());
        assertFails(results.get(kept, "X1", "social_welfare"), 5);
        assertEquals("not_evaluable", results.get(other, "X1", "total").status());
        assertTrue(results.get(other, "X1", "total").message().contains("上年表三四、结转下年度继续办理·总计为空白"));
        assertTrue(results.find(last, "X1", "total").isEmpty(), "no previous report, nothing to compare");
    }


    /** The reports of inForceX2AndPreviousItemsX3. */
    static final class InForceX2AndPreviousItemsX3 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport last;
        static TestReport now;
        static long lastInForce;
        static TestReport first2019;
        static TestReport next2019;
        static {
            last = TestReport.of("inForceX2AndPreviousItemsX3·甲局", "2021", 2022);
            now = TestReport.of("inForceX2AndPreviousItemsX3·甲局", "2021", 2023);
            lastInForce = last.value("proactive", "regulations", "in_force").longValue();
            now.set("proactive", "regulations", "in_force", lastInForce + now.value("proactive", "regulations", "issued").longValue()
                    - now.value("proactive", "regulations", "repealed").longValue());
            now.set("proactive", "normative_documents", "in_force", last.value("proactive", "normative_documents", "in_force").longValue()
                    + now.value("proactive", "normative_documents", "issued").longValue() + 2
                    - now.value("proactive", "normative_documents", "repealed").longValue());
            first2019 = TestReport.of("inForceX2AndPreviousItemsX3·乙局", "2019", 2019);
            next2019 = TestReport.of("inForceX2AndPreviousItemsX3·乙局", "2019", 2020)
                    .set("proactive", "penalty", "previous_items", first2019.value("proactive", "penalty", "previous_items").longValue()
                            + first2019.value("proactive", "penalty", "change").longValue())
                    .state("proactive", "fees", "previous_items", CellState.BLANK);
            REPORTS.addAll(List.of(last, now, first2019, next2019));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void inForceX2AndPreviousItemsX3() {
        TestReport last = InForceX2AndPreviousItemsX3.last;
        TestReport now = InForceX2AndPreviousItemsX3.now;
        long lastInForce = InForceX2AndPreviousItemsX3.lastInForce;
        TestReport first2019 = InForceX2AndPreviousItemsX3.first2019;
        TestReport next2019 = InForceX2AndPreviousItemsX3.next2019;
        assertEquals("pass", results.get(now, "X2", "regulations").status());
        assertFails(results.get(now, "X2", "normative_documents"), 2);
        assertEquals("pass", results.get(next2019, "X3", "penalty").status());
        assertEquals("not_evaluable", results.get(next2019, "X3", "fees").status());
        assertTrue(results.find(now, "X3", "penalty").isEmpty(), "X3 is a 2019-format rule");
    }


    /** The reports of narrativeX4. */
    static final class NarrativeX4 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport stated;
        static long received;
        static TestReport misquoted;
        static long actual;
        static TestReport blankTotals;
        static long granted;
        static TestReport unreadable;
        static {
            stated = TestReport.of("narrativeX4·甲局", "2021", 2023);
            received = stated.value("requests", "new_received", "total").longValue();
            stated.section("overview", "2023年，本机关共收到政府信息公开申请" + received + "件，全年办结"
                    + stated.value("requests", "total_handled", "total").toBigInteger() + "件。");
            misquoted = TestReport.of("narrativeX4·乙局", "2021", 2023);
            actual = misquoted.value("requests", "new_received", "total").longValue();
            misquoted.section("overview", "本年度共收到政府信息公开申请" + (actual + 5) + "件。本机关共收到政府信息公开申请"
                    + actual + "件。");
            blankTotals = TestReport.of("narrativeX4·丙局", "2019", 2019).state("requests", "granted", "total", CellState.BLANK)
                    .state("requests", "partially_granted", "total", CellState.BLANK);
            granted = 0;
            for (String column : new String[]{"natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org"}) {
                granted += blankTotals.value("requests", "granted", column).longValue()
                        + blankTotals.value("requests", "partially_granted", column).longValue();
            }
            blankTotals.section("overview", "予以公开及部分公开" + (granted + 1) + "件，占33.9%。");
            unreadable = TestReport.of("narrativeX4·丁局", "2021", 2023).ambiguous("requests", "new_received", "natural_person")
                    .state("requests", "new_received", "total", CellState.BLANK).section("overview", "共收到政府信息公开申请7件。");
            REPORTS.addAll(List.of(stated, misquoted, blankTotals, unreadable));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void narrativeX4() {
        TestReport stated = NarrativeX4.stated;
        long received = NarrativeX4.received;
        TestReport misquoted = NarrativeX4.misquoted;
        long actual = NarrativeX4.actual;
        TestReport blankTotals = NarrativeX4.blankTotals;
        long granted = NarrativeX4.granted;
        TestReport unreadable = NarrativeX4.unreadable;
        assertEquals("pass", results.get(stated, "X4", "new_received").status());
        assertEquals("pass", results.get(stated, "X4", "total_handled").status());
        assertTrue(results.find(stated, "X4", "review").isEmpty(), "a figure the text does not state is not checked");
        assertFails(results.get(misquoted, "X4", "new_received"), 5);
        Result againstSum = results.get(blankTotals, "X4", "granted_or_partially");
        assertFails(againstSum, 1);
        assertEquals(granted, againstSum.expected().longValue(), "a blank 总计 is compared with the sum of its applicants");
        assertEquals("not_evaluable", results.get(unreadable, "X4", "new_received").status());
    }


    /** The reports of feesX5. */
    static final class FeesX5 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport silent;
        static TestReport reported;
        static TestReport zero;
        static TestReport ambiguous;
        static {
            silent = TestReport.of("feesX5·甲局", "2021", 2023).set("requests", "other_unpaid_fee", "natural_person", 2)
                    .add("requests", "other_unpaid_fee", "total", 2 - 0);
            silent.set("requests", "other_unpaid_fee", "total", 2 + silent.value("requests", "other_unpaid_fee", "commercial").longValue()
                    + silent.value("requests", "other_unpaid_fee", "research").longValue()
                    + silent.value("requests", "other_unpaid_fee", "social_welfare").longValue()
                    + silent.value("requests", "other_unpaid_fee", "legal_services").longValue()
                    + silent.value("requests", "other_unpaid_fee", "other_org").longValue());
            reported = TestReport.of("feesX5·乙局", "2021", 2023).set("requests", "other_unpaid_fee", "total", 1)
                    .section("other_matters", "本年度发出收费通知1件，实际收取信息处理费0元。");
            zero = TestReport.of("feesX5·丙局", "2021", 2023).set("requests", "other_unpaid_fee", "total", 0);
            ambiguous = TestReport.of("feesX5·丁局", "2021", 2023).ambiguous("requests", "other_unpaid_fee", "total");
            REPORTS.addAll(List.of(silent, reported, zero, ambiguous));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void feesX5() {
        TestReport silent = FeesX5.silent;
        TestReport reported = FeesX5.reported;
        TestReport zero = FeesX5.zero;
        TestReport ambiguous = FeesX5.ambiguous;
        assertEquals("fail", results.get(silent, "X5", "other_matters").status());
        assertTrue(results.get(silent, "X5", "other_matters").message().contains("（六）"), results.get(silent, "X5", "other_matters").message());
        assertEquals("pass", results.get(reported, "X5", "other_matters").status());
        assertTrue(results.find(zero, "X5", "other_matters").isEmpty(), "no unpaid fees, nothing to report");
        assertEquals("not_evaluable", results.get(ambiguous, "X5", "other_matters").status());
    }


    /** The reports of formatF1. */
    static final class FormatF1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static {

            REPORTS.addAll(List.of(TestReport.of("formatF1·甲局", "2021", 2023), TestReport.of("formatF1·乙局", "2019", 2021),
                TestReport.of("formatF1·丙局", "2021", 2023).format("unknown")));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void formatF1() {
        assertEquals("pass", results.get(TestReport.of("formatF1·甲局", "2021", 2023), "F1", "format").status());
        Result wrong = results.get(TestReport.of("formatF1·乙局", "2019", 2021), "F1", "format");
        assertEquals("fail", wrong.status());
        assertEquals(2021, wrong.expected().intValue());
        assertEquals(2019, wrong.actual().intValue());
        assertEquals("not_evaluable", results.get(TestReport.of("formatF1·丙局", "2021", 2023).format("unknown"), "F1", "format").status());
    }


    /** The reports of timelinessT1. */
    static final class TimelinessT1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport late;
        static TestReport government;
        static TestReport lateGovernment;
        static TestReport undated;
        static TestReport lateTownship;
        static {
            late = TestReport.of("timelinessT1·甲局", "2021", 2023).publishedOn("2024-02-05");
            lateTownship = TestReport.of("timelinessT1·任留镇人民政府", "2021", 2023).publishedOn("2024-02-10")
                    .agency("timelinessT1·任留镇人民政府", "110101", "township", "own");
            government = TestReport.of("timelinessT1·临潼区人民政府", "2021", 2023).publishedOn("2024-03-20");
            lateGovernment = TestReport.of("timelinessT1·乙县人民政府", "2021", 2023).publishedOn("2024-04-02");
            undated = TestReport.of("timelinessT1·丙局", "2021", 2023).publishedOn(null);
            REPORTS.addAll(List.of(late, government, lateGovernment, undated, lateTownship));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void timelinessT1() {
        TestReport late = TimelinessT1.late;
        TestReport government = TimelinessT1.government;
        TestReport lateGovernment = TimelinessT1.lateGovernment;
        TestReport undated = TimelinessT1.undated;
        assertFails(results.get(late, "T1", "published_on"), 5);
        assertEquals("pass", results.get(government, "T1", "published_on").status());
        assertFails(results.get(lateGovernment, "T1", "published_on"), 2);
        assertEquals("not_evaluable", results.get(undated, "T1", "published_on").status());
        // A township's government is named like a government but publishes by the townships' deadline, 31 January.
        assertFails(results.get(TimelinessT1.lateTownship, "T1", "published_on"), 10);
    }


    /** The reports of copiedTablesC1. */
    static final class CopiedTablesC1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport last;
        static TestReport copy;
        static TestReport otherLast;
        static TestReport own;
        static {
            last = TestReport.of("copiedTablesC1·甲局", "2021", 2022);
            copy = TestReport.of("copiedTablesC1·甲局", "2021", 2023).cellsOf(last);
            otherLast = TestReport.of("copiedTablesC1·乙局", "2021", 2022);
            own = TestReport.of("copiedTablesC1·乙局", "2021", 2023);
            REPORTS.addAll(List.of(last, copy, otherLast, own));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void copiedTablesC1() {
        TestReport last = CopiedTablesC1.last;
        TestReport copy = CopiedTablesC1.copy;
        TestReport otherLast = CopiedTablesC1.otherLast;
        TestReport own = CopiedTablesC1.own;
        assertEquals("fail", results.get(copy, "C1", "tables").status());
        assertTrue(results.get(copy, "C1", "tables").message().contains(last.reportId()));
        assertEquals("pass", results.get(own, "C1", "tables").status());
        assertTrue(results.find(last, "C1", "tables").isEmpty(), "the first year has nothing to copy from");
    }


    /** The reports of nearDuplicateTextsC2. */
    static final class NearDuplicateTextsC2 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static String text;
        static TestReport one;
        static TestReport same;
        static TestReport different;
        static {
            text = "2023年，本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
                    + "围绕中心工作，聚焦社会关切，不断提升政务公开的标准化、规范化水平。全年通过政府门户网站主动公开政府信息1234条，"
                    + "收到政府信息公开申请56件，全部按时答复。";
            one = TestReport.of("nearDuplicateTextsC2·甲局", "2021", 2023).section("overview", text);
            same = TestReport.of("nearDuplicateTextsC2·乙局", "2021", 2023).section("overview", text.replace("1234", "1235"));
            different = TestReport.of("nearDuplicateTextsC2·丙局", "2021", 2023).section("overview",
                    "本年度本局以优化营商环境为重点，集中公开行政许可、行政处罚结果，编制完善主动公开基本目录，"
                            + "开展政务公开专题培训三次，办理依申请公开事项均在法定期限内完成，未发生行政复议和行政诉讼案件。");
            REPORTS.addAll(List.of(one, same, different));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void nearDuplicateTextsC2() {
        String text = NearDuplicateTextsC2.text;
        TestReport one = NearDuplicateTextsC2.one;
        TestReport same = NearDuplicateTextsC2.same;
        TestReport different = NearDuplicateTextsC2.different;
        assertEquals("fail", results.get(one, "C2", "overview").status());
        assertEquals("fail", results.get(same, "C2", "overview").status());
        assertTrue(results.get(one, "C2", "overview").message().contains(same.reportId()));
        assertEquals("pass", results.get(different, "C2", "overview").status());
        assertTrue(results.find(TestReport.of("nearDuplicateTextsC2·丁局", "2021", 2023), "C2", "overview").isEmpty());
    }


    /** The reports of hierarchyH1. */
    static final class HierarchyH1 {
        static final List<TestReport> REPORTS = new ArrayList<>();
        static TestReport departmentA;
        static TestReport departmentB;
        static TestReport district;
        static {
            departmentA = TestReport.of("hierarchyH1·临潼区教育局", "2021", 2023).agency("临潼区教育局", "610115", "county", "own")
                    .set("appeals", "review", "total", 30);
            departmentB = TestReport.of("hierarchyH1·临潼区民政局", "2021", 2023).agency("临潼区民政局", "610115", "county", "own")
                    .set("appeals", "review", "total", 20);
            district = TestReport.of("hierarchyH1·临潼区人民政府", "2021", 2023).agency("临潼区人民政府", "610115", "county", "aggregate")
                    .set("appeals", "review", "total", 52)
                    .set("requests", "new_received", "total", departmentA.value("requests", "new_received", "total").longValue()
                            + departmentB.value("requests", "new_received", "total").longValue() + 500)
                    .ambiguous("appeals", "litigation_direct", "total");
            REPORTS.addAll(List.of(departmentA, departmentB, district));
        }

        static List<TestReport> reports() {
            return REPORTS;
        }
    }

    @Test
    void hierarchyH1() {
        TestReport departmentA = HierarchyH1.departmentA;
        TestReport departmentB = HierarchyH1.departmentB;
        TestReport district = HierarchyH1.district;
        Result review = results.get(district, "H1", "appeals.review.total");
        assertEquals("pass", review.status(), "2 of 52 is within the tolerance");
        assertEquals(50, review.expected().intValue());
        assertTrue(review.message().contains("2 份本机关报告"), review.message());
        assertFails(results.get(district, "H1", "requests.new_received.total"), 500);
        assertEquals("not_evaluable", results.get(district, "H1", "appeals.litigation_direct.total").status());
        assertTrue(results.find(departmentA, "H1", "appeals.review.total").isEmpty());
    }


    /** The reports of subtotalsD5. */
    static final class SubtotalsD5 {
        static TestReport printed;
        static long denied;
        static {
            printed = TestReport.of("subtotalsD5·甲局", "2021", 2023);
            denied = 0;
            for (String row : new String[]{"denied_state_secret", "denied_prohibited_by_law", "denied_security_stability",
                    "denied_third_party", "denied_internal_affairs", "denied_process_info", "denied_enforcement_file",
                    "denied_query_matter"}) {
                denied += printed.value("requests", row, "natural_person").longValue();
            }
            printed.print("requests", "denied_subtotal", "natural_person", denied + 1);
            printed.print("requests", "denied_subtotal", "commercial", 0);
            printed.print("requests", "granted", "legal_entity_subtotal", 0);
            printed.state("requests", "granted", "legal_entity_subtotal", CellState.BLANK);
        }

        static List<TestReport> reports() {
            return List.of(printed);
        }
    }

    @Test
    void subtotalsD5() {
        TestReport printed = SubtotalsD5.printed;
        assertFails(results.get(printed, "D5", "denied_subtotal.natural_person"), 1);
        assertEquals(SubtotalsD5.denied, results.get(printed, "D5", "denied_subtotal.natural_person").expected().longValue());
        Result column = results.get(printed, "D5", "granted.legal_entity_subtotal");
        assertEquals("not_evaluable", column.status());
        assertTrue(results.find(printed, "D5", "granted_subtotal.total").isEmpty());
        assertTrue(results.find(printed, "D5", "unable_subtotal.natural_person").isEmpty(), "not printed, not checked");
    }

    private static void assertFails(Result result, long difference) {
        assertEquals("fail", result.status(), result::toString);
        assertEquals(difference, result.difference().longValueExact(), result::toString);
        assertEquals(result.actual().subtract(result.expected()), result.difference());
        assertTrue(result.message() != null && result.message().contains(String.valueOf(difference)), result::toString);
    }
}
