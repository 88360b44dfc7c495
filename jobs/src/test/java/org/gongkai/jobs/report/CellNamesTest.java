package org.gongkai.jobs.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cell keys of rule_results named as the printed report labels them. */
class CellNamesTest {

    @Test
    void namesTheTableRowAndColumnAsPrinted() {
        assertEquals("表三（一）予以公开·自然人", CellNames.of("2021", "requests.granted.natural_person"));
    }

    @Test
    void lastYearsCellSaysSo() {
        assertEquals("上年表三四、结转下年度继续办理·总计", CellNames.of("2021", "previous:requests.carried_forward.total"));
    }

    @Test
    void anUnknownFormatOrKeyStaysAsItIs() {
        assertEquals("requests.granted.natural_person", CellNames.of(null, "requests.granted.natural_person"));
        assertEquals("requests.granted.natural_person", CellNames.of("1999", "requests.granted.natural_person"));
        assertEquals("not-a-cell", CellNames.of("2021", "not-a-cell"));
    }
}
