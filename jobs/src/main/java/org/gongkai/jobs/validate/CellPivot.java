package org.gongkai.jobs.validate;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The cells of each report into one row: report_id, then a value and a state-code column per cell of any format.
 * One shuffle of the narrow cell rows by report, then a pass over each report's cells. Spark's own pivot keeps a
 * buffer of every cell of every report of a task in its partial aggregation (about 10 KB each), which spills and
 * crawls on a country's reports; this keeps one report in memory at a time.
 */
final class CellPivot implements MapGroupsFunction<String, Row, Row> {

    private final Map<String, Integer> indexOfKey = new HashMap<>();
    private final int width;

    private CellPivot(List<CellRef> cells) {
        for (int i = 0; i < cells.size(); i++) {
            CellRef cell = cells.get(i);
            indexOfKey.put(cell.table() + "." + cell.row() + "." + cell.column(), i);
        }
        this.width = cells.size();
    }

    static Dataset<Row> pivot(Dataset<Row> cells) {
        List<CellRef> all = CellColumns.allCells();
        DataType valueType = cells.schema().apply("value").dataType();
        List<StructField> fields = new ArrayList<>(List.of(DataTypes.createStructField("report_id", DataTypes.StringType, false)));
        for (CellRef cell : all) {
            fields.add(DataTypes.createStructField(CellColumns.valueName(cell), valueType, true));
            fields.add(DataTypes.createStructField(CellColumns.stateName(cell), DataTypes.ByteType, true));
        }
        return cells.select(col("report_id"), col("table"), col("row"), col("col"), col("state"), col("value"))
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .mapGroups(new CellPivot(all), Encoders.row(new StructType(fields.toArray(StructField[]::new))));
    }

    @Override
    public Row call(String reportId, Iterator<Row> cells) {
        Object[] values = new Object[1 + 2 * width];
        values[0] = reportId;
        while (cells.hasNext()) {
            Row cell = cells.next();
            Integer index = indexOfKey.get(cell.getString(1) + "." + cell.getString(2) + "." + cell.getString(3));
            if (index != null) {
                values[1 + 2 * index] = cell.get(5);
                values[2 + 2 * index] = CellColumns.code(CellState.fromCode(cell.getString(4)));
            }
        }
        return RowFactory.create(values);
    }
}
