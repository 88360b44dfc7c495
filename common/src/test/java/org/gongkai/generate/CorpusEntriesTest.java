package org.gongkai.generate;

import org.gongkai.report.NormalizedReport;
import org.gongkai.report.ReportJson;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files and lines of the corpus: deterministic for a seed, different for another, in the contract's shapes. */
class CorpusEntriesTest {

    private static List<CorpusEntry> entries(long seed, int agencies) {
        GeneratorConfig config = TestCorpus.config(seed, DefectRates.total(0.2));
        return config.universe().agencies().subList(0, agencies).stream()
                .flatMap(a -> CorpusEntries.of(a, config).stream()).toList();
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        List<CorpusEntry> first = entries(3, 30);
        List<CorpusEntry> second = entries(3, 30);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).path(), second.get(i).path());
            assertArrayEquals(first.get(i).bytes(), second.get(i).bytes(), first.get(i).path());
            assertEquals(first.get(i).manifestRow(), second.get(i).manifestRow());
            assertEquals(first.get(i).expectedJson(), second.get(i).expectedJson());
            assertEquals(first.get(i).defectLines(), second.get(i).defectLines());
        }
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        GeneratorConfig a = TestCorpus.config(3, DefectRates.none());
        GeneratorConfig b = new GeneratorConfig(4, 2019, 2025, TestCorpus.SCALE, a.layouts(), a.defects());
        UniverseAgency agency = AgencyUniverse.full().find("dep-610115-education").orElseThrow();
        List<CorpusEntry> x = CorpusEntries.of(agency, a);
        List<CorpusEntry> y = CorpusEntries.of(agency, b);
        long differing = java.util.stream.IntStream.range(0, x.size())
                .filter(i -> !java.util.Arrays.equals(x.get(i).bytes(), y.get(i).bytes())).count();
        assertTrue(differing >= x.size() - 1, "reports that differ: " + differing + " of " + x.size());
    }

    @Test
    void aYearIsTheSameWhicheverYearsAreAsked() {
        GeneratorConfig all = TestCorpus.config(3, DefectRates.total(0.3));
        GeneratorConfig late = new GeneratorConfig(3, 2023, 2024, TestCorpus.SCALE, all.layouts(), all.defects());
        for (UniverseAgency agency : all.universe().agencies().subList(0, 20)) {
            List<CorpusEntry> whole = CorpusEntries.of(agency, all);
            List<CorpusEntry> part = CorpusEntries.of(agency, late);
            for (int i = 0; i < part.size(); i++) {
                assertArrayEquals(whole.get(4 + i).bytes(), part.get(i).bytes(), part.get(i).path());
            }
        }
    }

    @Test
    void expectedReportsNameTheirFileAndItsHash() {
        for (CorpusEntry entry : entries(5, 20)) {
            if (entry.expectedJson() == null) {
                continue;
            }
            NormalizedReport expected = ReportJson.read(entry.expectedJson());
            assertEquals(entry.path(), expected.source().uri());
            assertEquals(List.of("overview", "problems", "other_matters"), List.copyOf(expected.sections().keySet()),
                    "sections in a fixed order, so that every JVM writes the same bytes");
            assertEquals(org.gongkai.report.Source.sha256Of(entry.bytes()), expected.source().sha256());
            assertTrue(entry.path().matches("files/\\d\\d/[a-z]+-[0-9a-z-]+/20\\d\\d\\.(html|md|txt)"), entry.path());
            assertTrue(entry.path().endsWith(expected.year() + "." + extension(expected.source().layout())), entry.path());
            assertTrue(entry.manifestRow().startsWith(entry.path() + ","), entry.manifestRow());
            assertTrue(entry.manifestRow().endsWith("\r\n"));
            assertEquals(ManifestCsv.COLUMNS.size(), entry.manifestRow().split(",").length);
        }
    }

    private static String extension(String layout) {
        return layout.equals("html") ? "html" : layout.equals("markdown") ? "md" : "txt";
    }

    @Test
    void layoutsFollowTheMix() {
        LayoutMix mix = LayoutMix.parse("html=3,markdown=1");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            counts.merge(mix.pick(i / 1000.0), 1, Integer::sum);
        }
        assertEquals(Map.of("html", 750, "markdown", 250), counts);
        assertEquals("html", LayoutMix.parse("flattened=1,html=0.1").pickKeepingBlanks(0.99));
    }

    @Test
    void manifestFieldsAreQuotedPerRfc4180() {
        assertEquals("a,\"b,c\",\"say \"\"x\"\"\"\r\n", ManifestCsv.line(List.of("a", "b,c", "say \"x\"")));
        assertEquals("file,agency,region_code,level,scope,year,published_on,source_url\r\n", ManifestCsv.header());
    }

    @Test
    void statisticsMergeLikeOneCount() {
        CorpusStats one = new CorpusStats();
        CorpusStats a = new CorpusStats();
        CorpusStats b = new CorpusStats();
        List<ReportFacts> facts = List.of(new ReportFacts("county", "own", 2023, 0, 0, null, 10),
                new ReportFacts("county", "aggregate", 2023, 50, 3, "late_publication", 20),
                new ReportFacts("national", "own", 2023, 900, 7, null, 30));
        facts.forEach(one::add);
        a.add(facts.get(0));
        b.add(facts.get(1));
        b.add(facts.get(2));
        CorpusStats merged = a.merge(b);
        assertEquals(one.format(1), merged.format(1));
        assertEquals(Map.of(2023, 7L), merged.reviewOwn());
        assertEquals(Map.of(2023, 3L), merged.reviewAggregate());
        assertNotEquals(one.format(1), new CorpusStats().format(1));
    }
}
