package org.gongkai.generate;

import org.gongkai.region.Region;
import org.gongkai.region.RegionRegistry;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgencyUniverseTest {

    private static final AgencyUniverse FULL = AgencyUniverse.full();

    private static Map<String, Long> count(AgencyUniverse universe) {
        return universe.agencies().stream().collect(Collectors.groupingBy(a -> a.level() + "/" + a.scope(),
                Collectors.counting()));
    }

    @Test
    void fullScaleIsTheSizeOfTheCountry() {
        Map<String, Long> n = count(FULL);
        assertTrue(FULL.size() > 80_000 && FULL.size() < 200_000, "order 10⁵ agencies: " + FULL.size());
        assertTrue(n.get("national/own") >= 50 && n.get("national/own") <= 60, "State Council departments: " + n);
        assertEquals(31L, n.get("province/aggregate"));
        long governments = n.get("province/aggregate") + n.get("prefecture/aggregate") + n.get("county/aggregate");
        assertTrue(governments > 3_200 && governments < 3_400, "governments: " + governments);
        assertTrue(n.get("province/own") > 31 * 30 && n.get("province/own") < 31 * 50, "province departments: " + n);
        assertTrue(n.get("prefecture/own") > 330 * 25 && n.get("prefecture/own") < 340 * 45, "prefecture departments: " + n);
        assertTrue(n.get("county/own") > 2_800 * 20 && n.get("county/own") < 2_978 * 40, "county departments: " + n);
        assertTrue(n.get("township/own") > 5_000 && n.get("township/own") < 41_352, "townships: " + n);
    }

    @Test
    void idsAreUniqueAndStable() {
        Set<String> ids = new HashSet<>();
        FULL.agencies().forEach(a -> assertTrue(ids.add(a.id()), "duplicate id " + a.id()));
        AgencyUniverse again = AgencyUniverse.build(RegionRegistry.standard(), AgencyNames.standard());
        assertEquals(FULL.agencies(), again.agencies());
    }

    @Test
    void noGovernmentForPlaceholdersOrPseudoCounties() {
        RegionRegistry registry = RegionRegistry.standard();
        for (UniverseAgency a : FULL.agencies()) {
            if (a.isAggregate()) {
                Region region = registry.find(a.regionCode()).orElseThrow();
                assertFalse(region.isPlaceholder(), a.toString());
                assertFalse(region.level().name().equals("COUNTY") && a.regionCode().endsWith("00"), a.toString());
            }
        }
        assertFalse(FULL.find("gov-1101").isPresent(), "北京 市辖区 is no government");
        assertTrue(FULL.find("gov-4419").isPresent(), "东莞 is a prefecture government");
        assertFalse(FULL.find("gov-441900").isPresent(), "东莞's pseudo-county is not a second government");
    }

    @Test
    void namesFollowTheLevel() {
        assertEquals("陕西省教育厅", FULL.find("dep-61-education").orElseThrow().name());
        assertEquals("西安市教育局", FULL.find("dep-6101-education").orElseThrow().name());
        assertEquals("临潼区教育局", FULL.find("dep-610115-education").orElseThrow().name());
        assertEquals("北京市人民政府办公厅", FULL.find("dep-11-office").orElseThrow().name());
        assertEquals("西安市人民政府", FULL.find("gov-6101").orElseThrow().name());
        assertEquals("西安市人民政府办公室", FULL.find("gov-6101").orElseThrow().publisher());
        assertEquals("教育部", FULL.find("nat-moe").orElseThrow().name());
        FULL.agencies().stream().filter(a -> a.level().equals("township")).forEach(a ->
                assertTrue(a.name().endsWith("办事处") || a.name().endsWith("人民政府"), a.name()));
    }

    @Test
    void aggregatesSummarizeTheOwnAgenciesOfTheirRegion() {
        UniverseAgency county = FULL.find("gov-610115").orElseThrow();
        List<UniverseAgency> parts = FULL.partsOf(county);
        assertTrue(parts.stream().anyMatch(a -> a.id().equals("dep-610115-education")));
        assertTrue(parts.stream().noneMatch(UniverseAgency::isAggregate));
        assertTrue(parts.stream().allMatch(a -> a.regionCode().startsWith("610115")));
        assertTrue(FULL.partsOf(FULL.find("gov-61").orElseThrow()).containsAll(parts));
    }

    @Test
    void aSampleKeepsWholeCountiesAndTheGovernmentsAbove() {
        AgencyUniverse sample = FULL.sample(5, 0.03);
        assertTrue(sample.size() > FULL.size() / 100 && sample.size() < FULL.size() / 10, "size " + sample.size());
        Set<String> kept = sample.agencies().stream().map(UniverseAgency::id).collect(Collectors.toSet());
        for (UniverseAgency a : sample.agencies()) {
            if (a.regionCode() != null && a.regionCode().length() >= 6) {
                String county = a.regionCode().substring(0, 6);
                FULL.agencies().stream().filter(b -> b.regionCode() != null && b.regionCode().startsWith(county))
                        .forEach(b -> assertTrue(kept.contains(b.id()), b.id() + " missing beside " + a.id()));
                assertTrue(kept.contains("gov-" + county.substring(0, 2)), "province of " + a.id());
                FULL.find("gov-" + county.substring(0, 4)).ifPresent(p -> assertTrue(kept.contains(p.id()), p.id()));
            }
            if (!a.isAggregate() && a.regionCode() != null && a.regionCode().length() <= 4) {
                assertTrue(kept.contains("gov-" + a.regionCode()), "government of " + a.id());
            }
        }
        assertEquals(sample.agencies(), FULL.sample(5, 0.03).agencies());
        assertTrue(!sample.agencies().equals(FULL.sample(6, 0.03).agencies()), "another seed samples other counties");
    }

    @Test
    void theScaleForAReportCountGivesAboutThatMany() {
        double scale = AgencyUniverse.scaleFor(1, 3_000, 3);
        long reports = FULL.sample(1, scale).size() * 3L;
        assertTrue(reports >= 3_000 && reports < 3_600, "reports " + reports + " at scale " + scale);
    }
}
