package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.format.ColumnKind;
import org.gongkai.format.ColumnSpec;
import org.gongkai.format.FormatCatalog;
import org.gongkai.format.ReportFormat;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.report.CellState;

import java.util.List;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * gold_proactive: table 二 summed by region, year, format, item and measure over the summed reports, each sum with
 * the reports summed over and those that printed a number in the cell. Amounts are in 万元: a cell printed in 元 is
 * converted (exactly: six decimals); an amount whose unit neither the cell nor the column gives (2019's 采购总金额 is
 * often printed bare) is summed apart with unit {@code unknown} rather than guessed. Counts have no unit.
 */
final class ProactiveAggregation {

    static final String TABLE = "proactive";
    static final String TEN_THOUSAND_YUAN = "万元";
    static final String YUAN = "元";
    static final String UNKNOWN_UNIT = "unknown";

    private ProactiveAggregation() {
    }

    static Dataset<Row> of(RegionRollup rollup, Dataset<Row> summed, Dataset<Row> cells) {
        Column number = col("state").equalTo(CellState.NUMBER.code());
        Column amount = col("measure").isin(amountColumns().toArray());
        Column inYuan = amount.and(col("unit").equalTo(YUAN));
        Column value = when(number, when(inYuan, col("value").divide(10000)).otherwise(col("value")))
                .cast(Tables.RESULT_VALUE);
        Column unit = when(amount, when(col("unit").isin(YUAN, TEN_THOUSAND_YUAN), lit(TEN_THOUSAND_YUAN))
                .otherwise(lit(UNKNOWN_UNIT)));
        Dataset<Row> proactive = cells.filter(col("table").equalTo(TABLE))
                .select(col("report_id"), col("row").as("item"), col("col").as("measure"), col("state"), col("value"),
                        col("unit"));
        Dataset<Row> facts = summed.select(col("report_id"), col("province_code"), col("prefecture_code"),
                        col("county_code"), col("year"), col("format"))
                .join(proactive, "report_id")
                .select(col("province_code"), col("prefecture_code"), col("county_code"), col("year"), col("format"),
                        col("item"), col("measure"), unit.as("unit"), value.as("value"), lit(1L).as("reports"),
                        when(number, 1L).otherwise(0L).as("reports_with_value"));
        return rollup.sum(facts, List.of("year", "format", "item", "measure", "unit"), List.of(), List.of(List.of()),
                List.of("value", "reports", "reports_with_value"));
    }

    /** The money columns of table 二 in any format (amount). */
    private static List<String> amountColumns() {
        TreeSet<String> amounts = new TreeSet<>();
        for (ReportFormat format : FormatCatalog.standard().formats()) {
            for (ColumnSpec column : format.table(TABLE).columns()) {
                if (column.kind() == ColumnKind.AMOUNT) {
                    amounts.add(column.code());
                }
            }
        }
        return List.copyOf(amounts);
    }
}
