package org.gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionAliasesTest {

    private final Map<String, String> aliases = RegionCsv.readStandardAliases();

    @Test
    void theAliasFileHoldsPingtan() {
        assertEquals("350128", aliases.get("平潭综合实验区"));
    }

    @Test
    void everyAliasNamesAnExistingRegionAndResolvesToIt() {
        RegionRegistry registry = RegionRegistry.standard();
        assertFalse(aliases.isEmpty());
        aliases.forEach((alias, code) -> {
            assertTrue(registry.find(code).isPresent(), alias + " → unknown code " + code);
            assertTrue(registry.byName(alias).isEmpty(), alias + " is already an official name");
            Resolution r = RegionResolver.standard().resolve(alias);
            assertEquals(Resolution.Status.RESOLVED, r.status(), alias);
            assertEquals(code, r.region().code(), alias);
        });
    }

    @Test
    void anAliasToAnUnknownCodeIsRejected() {
        RegionRegistry registry = RegionRegistry.standard();
        assertThrows(IllegalArgumentException.class, () -> new RegionResolver(registry, Map.of("某某新区", "999999")));
    }
}
