package org.gongkai.format;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalog says which printed subtotals table 三 may have and what each one sums (what rule D5 checks). */
class SubtotalCatalogTest {

    private static TableSpec requests(String format) {
        return FormatCatalog.standard().format(format).orElseThrow().table("requests");
    }

    private static List<String> subtotalRows(TableSpec table) {
        return table.rows().stream().filter(RowSpec::isSubtotal).map(RowSpec::code).toList();
    }

    @Test
    void eachFormatNamesItsSubtotalRowsAndTheirItems() {
        assertEquals(List.of("denied_subtotal", "unable_subtotal", "rejected_subtotal"), subtotalRows(requests("2019")));
        assertEquals(List.of("denied_subtotal", "unable_subtotal", "rejected_subtotal", "other_subtotal"),
                subtotalRows(requests("2021")));
        TableSpec table = requests("2021");
        assertEquals(List.of("denied_state_secret", "denied_prohibited_by_law", "denied_security_stability",
                "denied_third_party", "denied_internal_affairs", "denied_process_info", "denied_enforcement_file",
                "denied_query_matter"), table.row("denied_subtotal").orElseThrow().subtotalOf());
        assertEquals(List.of("other_no_correction", "other_unpaid_fee", "other_misc"),
                table.row("other_subtotal").orElseThrow().subtotalOf());
        assertTrue(table.rows().stream().filter(RowSpec::isSubtotal).allMatch(RowSpec::onlyWhenPrinted));
    }

    @Test
    void theLegalEntityColumnSumsItsFiveItemsAndIsNoStandardColumn() {
        for (String format : List.of("2019", "2021")) {
            TableSpec table = requests(format);
            ColumnSpec column = table.column("legal_entity_subtotal").orElseThrow();
            assertEquals(List.of("commercial", "research", "social_welfare", "legal_services", "other_org"),
                    column.subtotalOf());
            assertTrue(column.onlyWhenPrinted());
            assertEquals(7, table.columns().size());
            assertEquals(8, table.allColumns().size());
            assertTrue(table.rows().stream().noneMatch(r -> r.columns().contains(column)));
            assertTrue(table.rows().stream().allMatch(r -> r.allColumns().contains(column)));
        }
    }

    @Test
    void theOfficialCellsAreUnchanged() {
        assertEquals(23 * 7, requests("2019").standardCellCount());
        assertEquals(25 * 7, requests("2021").standardCellCount());
    }

    @Test
    void otherHandlingIsStillTheRowFoundByItsLabel() {
        List<String> byLabel = requests("2021").rowsFoundByLabel().stream().map(RowSpec::code).toList();
        assertTrue(byLabel.contains("other_handling"));
        assertFalse(byLabel.contains("other_subtotal"));
        assertEquals("other_subtotal", requests("2021").subtotalOver(
                requests("2021").row("other_handling").orElseThrow().replaces()).orElseThrow().code());
    }
}
