package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionResolverTest {

    private final RegionResolver resolver = RegionResolver.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "临潼区任留街道办事处, 610115020, 临潼区任留街道",
            "西安市临潼区任留街道办事处, 610115020, 西安市临潼区任留街道",
            "陕西省西安市临潼区任留街道办事处2023年政府信息公开工作年度报告, 610115020, 陕西省西安市临潼区任留街道",
            "临潼区人民政府, 610115, 临潼区",
            "上海市人民政府办公厅, 31, 上海市",
            "平潭综合实验区, 350128, 平潭综合实验区",
            "平潭综合实验区管理委员会2023年政府信息公开工作年度报告, 350128, 平潭综合实验区",
            "沭阳县发展和改革局, 321322, 沭阳县",
            "淮安市洪泽区人民政府, 320813, 淮安市洪泽区",
            "洪泽区人民政府, 320813, 洪泽区",
            "北京市, 11, 北京市",
            "北京市朝阳区人民政府, 110105, 北京市朝阳区",
            "长春市朝阳区人民政府, 220104, 长春市朝阳区",
            "西安临潼区人民政府, 610115, 西安临潼区",
            "西安市临潼, 610115, 西安市临潼",
            "任留街办, 610115020, 任留街办",
            "东莞市人民政府, 4419, 东莞市",
            "延边州人民政府, 2224, 延边州",
            "新疆维吾尔自治区人民政府, 65, 新疆维吾尔自治区",
            "公安县公安局, 421022, 公安县",
            "西安市公安局, 6101, 西安市",
            "湖北省仙桃市人民政府, 429004, 湖北省仙桃市",
            "北京市 朝阳区 人民政府, 110105, 北京市朝阳区",
            // an official name beats a bare one of the same length: 古县 (county), not 古县乡 of 蒲县
            "临汾市古县人民政府, 141025, 临汾市古县",
            "桂林市七星区人民政府, 450305, 桂林市七星区",
            // a township-like unit with a generic name, reached through its county
            "睢宁县经济开发区管理委员会, 320324401, 睢宁县经济开发区",
    })
    void resolvesTheUniqueRegion(String text, String code, String matched) {
        Resolution r = resolver.resolve(text);
        assertEquals(Resolution.Status.RESOLVED, r.status(), () -> text + " → " + r);
        assertEquals(code, r.region().code());
        assertEquals(List.of(r.region()), r.candidates());
        assertEquals(matched, r.matchedText());
    }

    @Test
    void aBareCommonTownshipNameIsAmbiguous() {
        Resolution r = resolver.resolve("城关镇");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
        assertNull(r.region());
        // 88 named so, and 3 城关回族镇, which are called 城关镇 as well
        RegionRegistry registry = RegionRegistry.standard();
        List<Region> expected = new java.util.ArrayList<>(registry.byName("城关镇"));
        expected.addAll(registry.byName("城关回族镇"));
        expected.sort(java.util.Comparator.comparing(Region::code));
        assertEquals(91, expected.size());
        assertEquals(expected, r.candidates());
        assertEquals("城关镇", r.matchedText());
    }

    @Test
    void homonymousDistrictsAreAmbiguousUnlessAHintDecides() {
        Resolution r = resolver.resolve("朝阳区人民政府");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
        assertEquals(List.of("110105", "220104"), codes(r.candidates()));

        assertEquals("110105", resolver.resolve("朝阳区人民政府", Optional.of("11")).region().code());
        assertEquals("220104", resolver.resolve("朝阳区人民政府", Optional.of("2201")).region().code());
    }

    @Test
    void aHintLetsABareTownshipNameCount() {
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("任留").status());
        Resolution r = resolver.resolve("任留", Optional.of("610115"));
        assertEquals("610115020", r.region().code());
        assertEquals("610115020", resolver.resolve("任留街办", Optional.of("610115")).region().code());
        assertEquals("610115020", resolver.resolve("临潼区任留", Optional.empty()).region().code());
    }

    @Test
    void aHintExcludesEverythingOutsideIt() {
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("上海市人民政府", Optional.of("61")).status());
        // the text names 长春's 朝阳区; the hint does not turn it into 北京's
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("长春市朝阳区人民政府", Optional.of("11")).status());
        Resolution city = resolver.resolve("城关镇", Optional.of("62"));
        assertTrue(city.candidates().size() > 1);
        assertTrue(city.candidates().stream().allMatch(c -> c.code().startsWith("62")));
        assertThrows(IllegalArgumentException.class, () -> resolver.resolve("临潼区", Optional.of("99")));
    }

    @Test
    void theChainDecidesBetweenHomonyms() {
        // 城关镇 alone has 88 readings; the county before it leaves one
        Resolution r = resolver.resolve("甘肃省" + "永登县城关镇人民政府");
        assertEquals(Resolution.Status.RESOLVED, r.status(), r::toString);
        assertEquals("城关镇", r.region().name());
        assertEquals("620121", r.region().parentCode());
    }

    @Test
    void aBareNameAndAProvinceOfTheSameNameStayAmbiguous() {
        Resolution r = resolver.resolve("吉林");
        assertEquals(Resolution.Status.AMBIGUOUS, r.status());
        assertEquals(List.of("22", "2202"), codes(r.candidates()));
        assertEquals("2202", resolver.resolve("吉林市").region().code());
        assertEquals("22", resolver.resolve("吉林省").region().code());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // each county has a township whose bare name starts the agency: 人民街道, 交通街道, 市场街道,
            // 文化街道, 民政镇, and the township-level unit 林业局 (鸡东县)
            "越秀区人民政府, 440104",
            "临渭区人民政府, 610502",
            "东胜区交通运输局, 150602",
            "运河区市场监督管理局, 130903",
            "宁江区文化和旅游局, 220702",
            "青冈县民政局, 231223",
            "鸡东县林业局, 230321",
    })
    void agencyWordsAreNotReadAsPlaceNames(String text, String code) {
        Resolution r = resolver.resolve(text);
        assertEquals(Resolution.Status.RESOLVED, r.status(), () -> text + " → " + r);
        assertEquals(code, r.region().code());
    }

    @Test
    void aGenericUnitNameNeedsItsParentOrAHint() {
        // 经济开发区管理委员会 is a township-level unit of 密山市 (230382482), but the name says nothing of where
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("经济开发区管理委员会").status());
        assertEquals("230382482", resolver.resolve("经济开发区管理委员会", Optional.of("230382")).region().code());
        assertEquals("230382482", resolver.resolve("密山市经济开发区管理委员会").region().code());
        // a functional zone whose name starts with a place name stands on its own
        assertEquals("130171", resolver.resolve("石家庄高新技术产业开发区管理委员会").region().code());
    }

    @Test
    void aBareCountyNameNeedsContext() {
        // 公安 is the bare name of 公安县: not a place in 公安部
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("公安部").status());
        assertEquals(Resolution.Status.NOT_FOUND, resolver.resolve("临潼").status());
        assertEquals("421022", resolver.resolve("公安县").region().code());
    }

    @Test
    void textWithoutAPlaceIsNotFound() {
        for (String text : java.util.Arrays.asList(null, "", "   ", "国务院办公厅", "中华人民共和国公安部",
                "2023年政府信息公开工作年度报告", "市辖区", "县", "省直辖县级行政区划")) {
            Resolution r = resolver.resolve(text);
            assertEquals(Resolution.Status.NOT_FOUND, r.status(), text);
            assertTrue(r.candidates().isEmpty());
            assertEquals("", r.matchedText());
            assertTrue(r.resolvedRegion().isEmpty());
        }
    }

    private static List<String> codes(List<Region> regions) {
        return regions.stream().map(Region::code).toList();
    }
}
