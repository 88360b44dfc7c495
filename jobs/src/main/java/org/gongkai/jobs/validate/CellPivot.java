package org.gongkai.jobs.validate;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

/**
 * The cells of each report into one row: {@code report_id}, {@code states}, {@code strict}, {@code lenient}
 * (CellColumns), the count of non-zero numbers and a fingerprint of the tables for the copy rule.
 *
 * <p>Ingest writes a report's cells one after the other, so each task first folds every run of cells of one report
 * into a partial row; only those (about one per report) are shuffled and merged. Correct in any order, since the
 * merge takes any number of partial rows per report; memory holds one report at a time.
 */
final class CellPivot {

    static final String NONZERO_CELLS = "nonzero_cells";
    static final String FINGERPRINT = "fingerprint";

    private static final StructType PARTIAL = new StructType()
            .add("report_id", DataTypes.StringType, false)
            .add(CellColumns.STATES, DataTypes.StringType, false)
            .add(CellColumns.STRICT, DataTypes.createArrayType(DataTypes.LongType, true), false);

    static final StructType PIVOTED = new StructType()
            .add("report_id", DataTypes.StringType, false)
            .add(CellColumns.STATES, DataTypes.StringType, false)
            .add(CellColumns.STRICT, DataTypes.createArrayType(DataTypes.LongType, true), false)
            .add(CellColumns.LENIENT, DataTypes.createArrayType(DataTypes.LongType, true), false)
            .add(NONZERO_CELLS, DataTypes.IntegerType, false)
            .add(FINGERPRINT, DataTypes.LongType, false);

    private CellPivot() {
    }

    /**
     * One row per report of {@code cells} (report_id, table, row, col, state, value). Each cell's index, state
     * character and value in millionths are found by Spark (a broadcast join and a projection) before the per-report
     * fold, which then handles four small fields per cell.
     */
    static Dataset<Row> pivot(Dataset<Row> cells) {
        Column number = col("state").equalTo(CellState.NUMBER.code());
        Column inRange = abs(col("value")).lt(lit(Micros.LIMIT));
        Column state = when(number.and(not(inRange)), lit(String.valueOf(CellColumns.OUT_OF_RANGE)))
                .otherwise(substring(col("state"), 1, 1));
        Column micros = when(number.and(inRange), col("value").multiply(lit(BigDecimal.valueOf(Micros.SCALE))).cast("bigint"));
        return cells.join(broadcast(cellIndex(cells.sparkSession())), new String[]{"table", "row", "col"})
                .select(col("report_id"), col("index"), state.as("state"), micros.as("micros"))
                .mapPartitions(new FoldRuns(), Encoders.row(PARTIAL))
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .mapGroups(new Merge(), Encoders.row(PIVOTED));
    }

    /** Every cell of any format with its index (CellColumns): table, row, col, index. */
    private static Dataset<Row> cellIndex(SparkSession spark) {
        List<Row> rows = new ArrayList<>();
        List<CellRef> all = CellColumns.allCells();
        for (int i = 0; i < all.size(); i++) {
            rows.add(RowFactory.create(all.get(i).table(), all.get(i).row(), all.get(i).column(), i));
        }
        return spark.createDataFrame(rows, new StructType().add("table", DataTypes.StringType).add("row", DataTypes.StringType)
                .add("col", DataTypes.StringType).add("index", DataTypes.IntegerType));
    }

    /** A report's cells being read: a state character and a value in millionths per cell index. */
    private static final class Table {
        final char[] states = new char[CellColumns.allCells().size()];
        final Long[] strict = new Long[states.length];

        Table() {
            Arrays.fill(states, CellColumns.ABSENT);
        }

        void put(int index, char state, Long value) {
            states[index] = state;
            strict[index] = value;
        }

        void putAll(Row partial) {
            String partialStates = partial.getString(1);
            List<Long> values = partial.getList(2);
            for (int i = 0; i < states.length; i++) {
                if (partialStates.charAt(i) != CellColumns.ABSENT) {
                    put(i, partialStates.charAt(i), values.get(i));
                }
            }
        }

        Row partial(String reportId) {
            return RowFactory.create(reportId, new String(states), ScalaValues.seq(Arrays.asList(strict)));
        }

        Row pivoted(String reportId) {
            Long[] lenient = new Long[states.length];
            int nonzero = 0;
            long fingerprint = 0xcbf29ce484222325L;
            for (int i = 0; i < states.length; i++) {
                boolean readAsZero = states[i] == CellColumns.code(CellState.BLANK)
                        || states[i] == CellColumns.code(CellState.PLACEHOLDER);
                lenient[i] = readAsZero ? Long.valueOf(0) : strict[i];
                if (strict[i] != null && strict[i] != 0) {
                    nonzero++;
                }
                fingerprint = mix(fingerprint, copyReading(i, lenient[i]));
            }
            return RowFactory.create(reportId, new String(states), ScalaValues.seq(Arrays.asList(strict)), ScalaValues.seq(Arrays.asList(lenient)),
                    nonzero, fingerprint);
        }

        /**
         * A cell as the copy rule compares it: blank, placeholder, missing and absent as 0 (a copy printed with zeros
         * left blank one year and written the next still matches); an ambiguous cell apart from every number.
         */
        private long copyReading(int index, Long lenient) {
            if (states[index] == CellColumns.code(CellState.AMBIGUOUS) || states[index] == CellColumns.OUT_OF_RANGE) {
                return Long.MIN_VALUE;
            }
            return lenient == null ? 0 : lenient;
        }

        /** FNV-1a over the eight bytes of each reading: 64 bits, so two different tables never meet in practice. */
        private static long mix(long hash, long value) {
            long mixed = hash;
            for (int shift = 0; shift < 64; shift += 8) {
                mixed = (mixed ^ ((value >>> shift) & 0xff)) * 0x100000001b3L;
            }
            return mixed;
        }
    }

    /** Folds each run of consecutive cells of one report into a partial row. */
    private static final class FoldRuns implements MapPartitionsFunction<Row, Row> {

        @Override
        public Iterator<Row> call(Iterator<Row> cells) {
            return new Iterator<>() {
                private Row pending = cells.hasNext() ? cells.next() : null;

                @Override
                public boolean hasNext() {
                    return pending != null;
                }

                @Override
                public Row next() {
                    String reportId = pending.getString(0);
                    Table table = new Table();
                    while (pending != null && pending.getString(0).equals(reportId)) {
                        table.put(pending.getInt(1), pending.getString(2).charAt(0),
                                pending.isNullAt(3) ? null : pending.getLong(3));
                        pending = cells.hasNext() ? cells.next() : null;
                    }
                    return table.partial(reportId);
                }
            };
        }
    }

    /** Merges the partial rows of one report. */
    private static final class Merge implements MapGroupsFunction<String, Row, Row> {

        @Override
        public Row call(String reportId, Iterator<Row> partials) {
            Table table = new Table();
            partials.forEachRemaining(table::putAll);
            return table.pivoted(reportId);
        }
    }
}
