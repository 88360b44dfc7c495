package org.gongkai.jobs.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Warehouse;

import java.util.Arrays;
import java.util.List;

/**
 * Hand-made rows of a warehouse table, named column by column ({@code "year", 2023, "reports", 12L}); the columns
 * not named are null. A misspelt column fails at once.
 */
public final class TestRows {

    private TestRows() {
    }

    public static Row row(TableDef table, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("column names and values come in pairs");
        }
        Object[] values = new Object[table.schema().size()];
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            if (!Arrays.asList(table.schema().fieldNames()).contains(name)) {
                throw new IllegalArgumentException(table.name() + " has no column " + name);
            }
            values[table.schema().fieldIndex(name)] = namesAndValues[i + 1];
        }
        return RowFactory.create(values);
    }

    /** Creates the table (Delta, the declared schema) and replaces its content with the rows. */
    public static void write(SparkSession spark, Warehouse warehouse, TableDef table, List<Row> rows) {
        Dataset<Row> frame = spark.createDataFrame(rows, table.schema());
        warehouse.ensure(table);
        warehouse.replace(table, frame);
    }
}
