package org.gongkai.jobs.aggregate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gongkai.jobs.warehouse.GoldTables;
import org.gongkai.jobs.warehouse.TableDef;

import java.util.LinkedHashMap;
import java.util.Map;

/** The gold tables of one run, each with exactly the columns of its {@link GoldTables} schema. */
public record GoldFrames(Dataset<Row> requestOutcomes, Dataset<Row> rates, Dataset<Row> proactive,
                         Dataset<Row> ruleQuality, Dataset<Row> reportQuality, Dataset<Row> reconciliation,
                         Dataset<Row> nationalSummary, Dataset<Row> yearOverYear) {

    /** Every table with its rows, in the order of {@link GoldTables#ALL}. */
    public Map<TableDef, Dataset<Row>> byTable() {
        Map<TableDef, Dataset<Row>> tables = new LinkedHashMap<>();
        tables.put(GoldTables.REQUEST_OUTCOMES, requestOutcomes);
        tables.put(GoldTables.RATES, rates);
        tables.put(GoldTables.PROACTIVE, proactive);
        tables.put(GoldTables.RULE_QUALITY, ruleQuality);
        tables.put(GoldTables.REPORT_QUALITY, reportQuality);
        tables.put(GoldTables.RECONCILIATION, reconciliation);
        tables.put(GoldTables.NATIONAL_SUMMARY, nationalSummary);
        tables.put(GoldTables.YEAR_OVER_YEAR, yearOverYear);
        return tables;
    }
}
