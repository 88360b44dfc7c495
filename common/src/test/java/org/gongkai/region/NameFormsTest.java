package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameFormsTest {

    private static Map<String, NameForm> forms(String code) {
        return NameForms.of(RegionRegistry.standard().find(code).orElseThrow());
    }

    @Test
    void suffixesAreStrippedPerLevel() {
        assertEquals(Map.of("陕西省", NameForm.OFFICIAL, "陕西", NameForm.BARE), forms("61"));
        assertEquals(Map.of("西安市", NameForm.OFFICIAL, "西安", NameForm.BARE), forms("6101"));
        assertEquals(Map.of("临潼区", NameForm.OFFICIAL, "临潼", NameForm.BARE), forms("610115"));
        assertEquals(Map.of("浦东新区", NameForm.OFFICIAL, "浦东", NameForm.BARE), forms("310115"));
        assertEquals(Map.of("任留街道", NameForm.OFFICIAL, "任留", NameForm.BARE,
                "任留街办", NameForm.ABBREVIATED), forms("610115020"));
    }

    @Test
    void autonomousNamesLoseTheirNationalities() {
        assertEquals(Map.of("新疆维吾尔自治区", NameForm.OFFICIAL, "新疆", NameForm.BARE), forms("65"));
        assertEquals(Map.of("内蒙古自治区", NameForm.OFFICIAL, "内蒙古", NameForm.BARE), forms("15"));
        assertEquals(Map.of("延边朝鲜族自治州", NameForm.OFFICIAL, "延边", NameForm.BARE, "延边州", NameForm.ABBREVIATED),
                forms("2224"));
        assertEquals(Map.of("黔西南布依族苗族自治州", NameForm.OFFICIAL, "黔西南", NameForm.BARE,
                "黔西南州", NameForm.ABBREVIATED), forms("5223"));
        assertEquals(Map.of("博尔塔拉蒙古自治州", NameForm.OFFICIAL, "博尔塔拉", NameForm.BARE,
                "博尔塔拉州", NameForm.ABBREVIATED), forms("6527"));
    }

    @Test
    void unitsWithoutStandardPlaceNamesKeepOnlyTheirName() {
        assertEquals(Map.of("石家庄高新技术产业开发区", NameForm.OFFICIAL), forms("130171"));
        assertEquals(Map.of("洪泽经济开发区", NameForm.OFFICIAL), forms("320813400"));
    }

    @Test
    void noBareNameShorterThanTwoCharacters() {
        // 城区 (a county in 长治, 阳泉, 晋城) would leave "城"
        Region chengqu = RegionRegistry.standard().byName("城区").get(0);
        assertEquals(Map.of("城区", NameForm.OFFICIAL), NameForms.of(chengqu));
    }
}
