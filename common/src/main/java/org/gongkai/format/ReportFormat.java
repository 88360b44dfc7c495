package org.gongkai.format;

import java.util.List;
import java.util.Optional;

/**
 * One official report format: 2019 (国办公开办函〔2019〕60号) or 2021 (国办公开办函〔2021〕30号).
 *
 * @param signature labels printed only in this format; they decide the format of a report
 */
public record ReportFormat(String code, List<String> signature, List<TableSpec> tables,
                           List<Identity> identities, int firstYear, int lastYear) {

    public TableSpec table(String tableCode) {
        return tables.stream().filter(t -> t.code().equals(tableCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + tableCode + " in format " + code));
    }

    public Optional<RowSpec> row(String tableCode, String rowCode) {
        return table(tableCode).row(rowCode);
    }

    public boolean coversYear(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
