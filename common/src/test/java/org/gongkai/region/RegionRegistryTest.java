package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionRegistryTest {

    private final RegionRegistry registry = RegionRegistry.standard();

    @Test
    void holdsTheNbs2023Counts() {
        assertEquals(31, registry.all(RegionLevel.PROVINCE).size());
        assertEquals(342, registry.all(RegionLevel.PREFECTURE).size());
        assertEquals(2_978, registry.all(RegionLevel.COUNTY).size());
        assertEquals(41_352, registry.all(RegionLevel.TOWNSHIP).size());
        assertEquals(31 + 342 + 2_978 + 41_352, registry.size());
    }

    @Test
    void everyRegionBelowAProvinceHasAParentOneLevelUpWhoseCodeItExtends() {
        for (RegionLevel level : List.of(RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP)) {
            for (Region region : registry.all(level)) {
                Region parent = registry.parent(region).orElseThrow(() -> new AssertionError("orphan " + region));
                assertEquals(level.parentLevel().orElseThrow(), parent.level(), region.code());
                assertTrue(region.code().startsWith(parent.code()), region.code());
                assertTrue(registry.children(parent).contains(region), region.code());
            }
        }
        for (Region province : registry.all(RegionLevel.PROVINCE)) {
            assertTrue(registry.parent(province).isEmpty());
            assertFalse(registry.children(province).isEmpty(), province.name());
        }
    }

    @Test
    void findsByCodeIncludingZeroPaddedCodes() {
        Region renliu = registry.find("610115020").orElseThrow();
        assertEquals("任留街道", renliu.name());
        assertEquals(RegionLevel.TOWNSHIP, renliu.level());
        assertEquals("610115", renliu.parentCode());
        assertEquals(renliu, registry.find("610115020000").orElseThrow());
        assertEquals("西安市", registry.find("610100").orElseThrow().name());
        assertEquals("陕西省", registry.find("610000").orElseThrow().name());
        // an exact code wins over a padded reading: 441900 is the county 东莞市 below the prefecture 4419
        assertEquals(RegionLevel.COUNTY, registry.find("441900").orElseThrow().level());
        assertTrue(registry.find("999999").isEmpty());
        assertTrue(registry.find("610115999").isEmpty());
        assertTrue(registry.find("").isEmpty());
        assertTrue(registry.find(null).isEmpty());
    }

    @Test
    void ancestorsAndPathGoFromTheProvinceDown() {
        Region renliu = registry.find("610115020").orElseThrow();
        assertEquals(List.of("61", "6101", "610115"), registry.ancestors(renliu).stream().map(Region::code).toList());
        assertEquals(List.of("陕西省", "西安市", "临潼区", "任留街道"),
                registry.path(renliu).stream().map(Region::name).toList());
        assertTrue(registry.ancestors(registry.find("61").orElseThrow()).isEmpty());
        assertTrue(registry.isWithin(renliu, "6101"));
        assertTrue(registry.isWithin(renliu, "610115020"));
        assertFalse(registry.isWithin(renliu, "6102"));
    }

    @Test
    void placeholdersKeepTheirCodeButAreNoNames() {
        Region beijingDistricts = registry.find("1101").orElseThrow();
        assertEquals("市辖区", beijingDistricts.name());
        assertTrue(beijingDistricts.isPlaceholder());
        assertTrue(registry.find("5002").orElseThrow().isPlaceholder()); // 重庆 县
        assertTrue(registry.find("4190").orElseThrow().isPlaceholder()); // 河南 省直辖县级行政区划
        assertTrue(registry.byName("市辖区").isEmpty());
        assertTrue(registry.byName("县").isEmpty());
        assertEquals(List.of("11", "1101"), registry.ancestors(registry.find("110105").orElseThrow())
                .stream().map(Region::code).toList());
        assertFalse(registry.find("6101").orElseThrow().isPlaceholder());
    }

    @Test
    void functionalZonesAreRealUnitsWithoutStandardPlaceNames() {
        Region zone = registry.find("130171").orElseThrow();
        assertEquals("石家庄高新技术产业开发区", zone.name());
        assertTrue(zone.isFunctionalZone());
        assertFalse(zone.hasStandardPlaceName());
        assertFalse(registry.children(zone).isEmpty());
        assertFalse(registry.find("610115").orElseThrow().isFunctionalZone());
        assertTrue(registry.find("320813400").orElseThrow().isTownshipLikeUnit()); // 洪泽经济开发区
        assertEquals(124, registry.all(RegionLevel.COUNTY).stream().filter(Region::isFunctionalZone).count());
    }

    @Test
    void byNameReturnsEveryRegionWithThatExactName() {
        assertEquals(List.of("110105", "220104"), registry.byName("朝阳区").stream().map(Region::code).toList());
        assertEquals(88, registry.byName("城关镇").size());
        assertEquals(List.of("4419", "441900"), registry.byName("东莞市").stream().map(Region::code).toList());
        assertTrue(registry.byName("临潼").isEmpty()); // names are exact, not prefixes
    }

    @Test
    void rejectsOrphansAndDuplicateCodes() {
        Region province = new Region("61", "陕西省", RegionLevel.PROVINCE, null);
        Region county = new Region("610115", "临潼区", RegionLevel.COUNTY, "6101");
        assertThrows(IllegalArgumentException.class, () -> new RegionRegistry(List.of(province, county)));
        assertThrows(IllegalArgumentException.class, () -> new RegionRegistry(List.of(province, province)));
        assertThrows(IllegalArgumentException.class, () -> new Region("6101", "西安市", RegionLevel.COUNTY, "61"));
    }

    @Test
    void normalizesZeroPaddedCodesOnly() {
        assertEquals("610115020", RegionLevel.TOWNSHIP.normalize("610115020000"));
        assertEquals("6101", RegionLevel.PREFECTURE.normalize("610100"));
        assertEquals("61", RegionLevel.PROVINCE.normalize("61"));
        assertThrows(IllegalArgumentException.class, () -> RegionLevel.PREFECTURE.normalize("610115"));
        assertThrows(IllegalArgumentException.class, () -> RegionLevel.COUNTY.normalize("6101"));
    }
}
