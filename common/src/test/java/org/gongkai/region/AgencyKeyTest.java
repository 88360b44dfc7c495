package org.gongkai.region;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AgencyKeyTest {

    private final AgencyKey keys = new AgencyKey(RegionRegistry.standard());

    @Test
    void namesWithAndWithoutTheirRegionsAreOneAgency() {
        assertEquals(keys.of("320813", "洪泽区人民政府"), keys.of("320813", "淮安市洪泽区人民政府"));
        assertEquals(keys.of("320813", "洪泽区人民政府"), keys.of("320813", "江苏省淮安市洪泽区人民政府"));
        assertEquals("320813-人民政府", keys.of("320813", "淮安市洪泽区人民政府"));
    }

    @Test
    void departmentsOfOneRegionStayApart() {
        assertNotEquals(keys.of("321322", "沭阳县发展和改革局"), keys.of("321322", "沭阳县人民政府"));
        assertNotEquals(keys.of("321322", "沭阳县人民政府"), keys.of("320813", "洪泽区人民政府"));
    }

    @Test
    void aNameThatIsOnlyItsRegionIsKeptAndAnUnknownRegionKeepsTheName() {
        assertEquals("320813-洪泽区", keys.of("320813", "洪泽区"));
        assertEquals("-沐阳县人民政府", keys.of(null, "沐阳县人民政府"));
        assertEquals("999999-某局", keys.of("999999", "某局"));
    }
}
