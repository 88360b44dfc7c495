package org.gongkai.generate;

import org.gongkai.report.Cell;
import org.gongkai.report.NormalizedReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A report being made: its format, cells, date and sections, changed in place by a defect before printing. */
final class ReportDraft {

    final UniverseAgency agency;
    final int year;
    final YearValues values;
    String format;
    List<Cell> cells;
    LocalDate publishedOn;
    /** Null until written; a defect may write them itself (a copied report, a narrative mismatch). */
    Map<String, String> sections;

    ReportDraft(UniverseAgency agency, int year, YearValues values, String format, LocalDate publishedOn) {
        this.agency = agency;
        this.year = year;
        this.values = values;
        this.format = format;
        this.cells = new ArrayList<>(TableLayout.cells(values, format));
        this.publishedOn = publishedOn;
    }

    int indexOf(String table, String row, String column) {
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.table().equals(table) && c.row().equals(row) && c.column().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no cell " + table + "." + row + "." + column + " in format " + format);
    }

    Cell cell(String table, String row, String column) {
        return cells.get(indexOf(table, row, column));
    }

    NormalizedReport toReport() {
        Objects.requireNonNull(sections, "sections not written");
        return new NormalizedReport(agency.id() + "-" + year, null, NarrativeWriter.title(agency, year),
                agency.toAgency(), year, publishedOn.toString(), format, List.copyOf(cells),
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sections)),
                List.of());
    }
}
