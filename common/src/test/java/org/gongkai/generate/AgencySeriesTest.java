package org.gongkai.generate;

import org.gongkai.report.NormalizedReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.gongkai.generate.TestCorpus.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Correct reports (no defects): identities, carry-overs, formats, dates, aggregates and the shape of the counts. */
class AgencySeriesTest {

    private static GeneratorConfig config;
    private static List<List<GeneratedReport>> series;

    @BeforeAll
    static void generate() {
        config = TestCorpus.config(11, DefectRates.none());
        series = TestCorpus.series(config);
    }

    private static List<GeneratedReport> all() {
        return series.stream().flatMap(List::stream).toList();
    }

    @Test
    void everyCorrectReportSatisfiesEveryIdentity() {
        assertTrue(all().size() > 1_000, "reports: " + all().size());
        for (GeneratedReport r : all()) {
            assertNull(r.defect());
            assertEquals(r.correct(), r.printed());
            assertEquals(List.of(), IdentityCheck.violations(r.correct()), r.correct().reportId());
            assertTrue(r.correct().cells().stream().allMatch(c -> c.value().signum() >= 0
                    || c.column().equals("change")), "negative only in 本年增/减: " + r.correct().reportId());
        }
    }

    @Test
    void theFormatFollowsTheYear() {
        for (GeneratedReport r : all()) {
            assertEquals(r.year() <= 2020 ? "2019" : "2021", r.correct().format());
            assertEquals(r.year() <= 2020 ? 161 + 22 + 15 : 175 + 10 + 15, r.correct().cells().size());
        }
    }

    @Test
    void carryOversChainFromYearToYear() {
        int links = 0;
        for (List<GeneratedReport> years : series) {
            for (int i = 1; i < years.size(); i++) {
                NormalizedReport last = years.get(i - 1).correct();
                NormalizedReport now = years.get(i).correct();
                for (String column : List.of("natural_person", "commercial", "research", "social_welfare",
                        "legal_services", "other_org", "total")) {
                    assertEquals(value(last, "requests", "carried_forward", column),
                            value(now, "requests", "carried_over", column), now.reportId() + " " + column);
                }
                if (now.format().equals("2021") && last.format().equals("2021")) {
                    for (String row : List.of("regulations", "normative_documents")) {
                        assertEquals(value(last, "proactive", row, "in_force") + value(now, "proactive", row, "issued")
                                - value(now, "proactive", row, "repealed"), value(now, "proactive", row, "in_force"),
                                now.reportId() + " 现行有效 " + row);
                    }
                }
                if (now.year() == 2020) {
                    for (String row : List.of("licensing", "other_services", "penalty", "coercion", "fees")) {
                        assertEquals(value(last, "proactive", row, "previous_items") + value(last, "proactive", row, "change"),
                                value(now, "proactive", row, "previous_items"), now.reportId() + " 上一年项目数量 " + row);
                    }
                }
                links++;
            }
        }
        assertTrue(links > 1_000);
    }

    @Test
    void publishedBeforeTheDeadline() {
        for (GeneratedReport r : all()) {
            LocalDate published = LocalDate.parse(r.correct().publishedOn());
            LocalDate deadline = r.agency().isAggregate() ? LocalDate.of(r.year() + 1, 3, 31) : LocalDate.of(r.year() + 1, 1, 31);
            assertFalse(published.isAfter(deadline), r.correct().reportId() + " " + published);
            assertTrue(published.isAfter(LocalDate.of(r.year(), 12, 31)), r.correct().reportId() + " " + published);
        }
    }

    @Test
    void anAggregateIsTheSumOfTheOwnReportsOfItsRegion() {
        AgencyUniverse universe = config.universe();
        int checked = 0;
        for (List<GeneratedReport> years : series) {
            UniverseAgency agency = years.get(0).agency();
            if (!agency.isAggregate()) {
                continue;
            }
            for (GeneratedReport r : years) {
                long parts = 0;
                long all = 0;
                for (UniverseAgency part : universe.partsOf(agency)) {
                    long received = partReport(part, r.year()).correct().cell("requests", "new_received", "total")
                            .orElseThrow().value().longValueExact();
                    all += received;
                    parts += AgencySeries.submitted(part, config.seed()) ? received : 0;
                }
                assertEquals(parts, value(r.correct(), "requests", "new_received", "total"), r.correct().reportId());
                assertTrue(parts <= all);
                checked++;
            }
        }
        assertTrue(checked > 20);
    }

    private static GeneratedReport partReport(UniverseAgency part, int year) {
        return series.stream().filter(s -> s.get(0).agency().equals(part)).findFirst().orElseThrow()
                .get(year - 2019);
    }

    @Test
    void countsAreHeavyTailedByLevel() {
        List<Long> townships = new ArrayList<>();
        List<Long> counties = new ArrayList<>();
        for (GeneratedReport r : all()) {
            long received = value(r.correct(), "requests", "new_received", "total");
            if (r.agency().level().equals("township")) {
                townships.add(received);
            } else if (r.agency().level().equals("county") && !r.agency().isAggregate()) {
                counties.add(received);
            }
        }
        long zeroTownships = townships.stream().filter(n -> n == 0).count();
        assertTrue(zeroTownships > townships.size() / 2, "most townships have no request: " + zeroTownships + "/" + townships.size());
        Collections.sort(counties);
        long median = counties.get(counties.size() / 2);
        long max = counties.get(counties.size() - 1);
        assertTrue(median >= 1 && median < 30, "county departments: median " + median);
        assertTrue(max > 10 * median, "a heavy tail: max " + max + ", median " + median);
        long natural = all().stream().mapToLong(r -> value(r.correct(), "requests", "new_received", "natural_person")).sum();
        long total = all().stream().mapToLong(r -> value(r.correct(), "requests", "new_received", "total")).sum();
        assertTrue(natural > total * 0.7, "mostly 自然人: " + natural + " of " + total);
        long withReview = all().stream().filter(r -> value(r.correct(), "appeals", "review", "total") > 0).count();
        assertTrue(withReview < all().size() / 3, "table 四 cases are rare: " + withReview + " of " + all().size());
    }
}
