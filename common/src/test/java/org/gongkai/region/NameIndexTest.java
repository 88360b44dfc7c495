package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private final NameIndex index = new NameIndex(RegionRegistry.standard(), Map.of());

    private List<String> found(String text) {
        return index.matches(NameIndex.normalize(text)).stream()
                .map(m -> text.substring(m.start(), m.end()) + "/" + m.region().code() + "/" + m.form())
                .toList();
    }

    @Test
    void findsEveryKnownNameWithItsPosition() {
        // ("街道" alone is also the name of two township-level units; left out here)
        assertEquals(List.of("临潼/610115/BARE", "临潼区/610115/OFFICIAL", "任留/610115020/BARE",
                "任留街道/610115020/OFFICIAL"), found("临潼区任留街道").stream().filter(s -> !s.startsWith("街道")).toList());
        assertTrue(found("国务院").isEmpty());
    }

    @Test
    void unitNamesAreOfficialOnlyWhenTheyBeginWithAPlaceName() {
        assertEquals(List.of("洪泽/320813/BARE", "洪泽经济开发区/320813400/OFFICIAL"),
                found("洪泽经济开发区").stream().filter(s -> s.startsWith("洪泽")).toList());
        assertTrue(found("经济开发区管理委员会").contains("经济开发区管理委员会/230382482/GENERIC"));
    }

    @Test
    void normalizesFullWidthFormsAndSpaces() {
        assertEquals("昆山(沭阳)工业园区", NameIndex.normalize("昆山（沭阳） 工业园区"));
        assertEquals("北京市朝阳区", NameIndex.normalize("北京市　朝阳区\n"));
    }
}
