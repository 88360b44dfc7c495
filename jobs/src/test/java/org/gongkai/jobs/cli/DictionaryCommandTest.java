package org.gongkai.jobs.cli;

import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code gongkai dictionary} and the committed docs/DATA_DICTIONARY.md. */
class DictionaryCommandTest {

    private static final Path COMMITTED = Path.of(System.getProperty("gongkai.docs", "../docs"), "DATA_DICTIONARY.md");

    @Test
    void theCommittedDictionaryIsWhatTheCommandPrints() throws IOException {
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), printed(),
                COMMITTED + " is out of date: bin/gongkai dictionary > docs/DATA_DICTIONARY.md");
    }

    @Test
    void everyColumnOfEveryTableHasAComment() {
        List<String> silent = new ArrayList<>();
        List<TableDef> tables = new ArrayList<>(Tables.ALL);
        tables.addAll(GoldTables.ALL);
        for (TableDef table : tables) {
            for (var field : table.schema().fields()) {
                if (field.getComment().isEmpty() || field.getComment().get().isBlank()) {
                    silent.add(table.name() + "." + field.name());
                }
            }
        }
        assertEquals(List.of(), silent);
        String dictionary = printed();
        tables.forEach(t -> assertTrue(dictionary.contains("### `" + t.name() + "`"), t.name()));
        assertTrue(dictionary.contains("| `region_name` | string | yes | 全国 or the division's name (NBS 2023) |"), dictionary);
    }

    private static String printed() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Gongkai.execute("dictionary"));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
