package org.gongkai.jobs.validate;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gongkai.jobs.warehouse.ScalaValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The compiled instances as data, one row per format key and position in {@link RuleCompiler#figures}: the rule,
 * the instance, its severity and comparison, its message texts and the cells it reads (each with its label and
 * position in the row's states and the conditions under which it counts, for listing the cells without a number).
 */
final class InstanceTable {

    static final StructType CONDITION = new StructType()
            .add("previous", DataTypes.BooleanType, false)
            .add("position", DataTypes.IntegerType, false)
            .add("test", DataTypes.StringType, false)
            .add("holds", DataTypes.BooleanType, false);

    static final StructType TERM = new StructType()
            .add("label", DataTypes.StringType, false)
            .add("previous", DataTypes.BooleanType, false)
            .add("position", DataTypes.IntegerType, false)
            .add("conditions", DataTypes.createArrayType(CONDITION, false), false);

    static final StructType SCHEMA = new StructType()
            .add("format_key", DataTypes.StringType, false)
            .add("position", DataTypes.IntegerType, false)
            .add("rule_id", DataTypes.StringType, false)
            .add("instance", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("comparison", DataTypes.StringType, false)
            .add("fail_text", DataTypes.StringType, false)
            .add("unread_text", DataTypes.StringType, false)
            .add("terms", DataTypes.createArrayType(TERM, false), false)
            .add("cells", DataTypes.createArrayType(DataTypes.StringType, false), false);

    private InstanceTable() {
    }

    static Dataset<Row> of(SparkSession spark, RuleCompiler compiler) {
        List<Row> rows = new ArrayList<>();
        List<RuleCompiler.Slot> slots = compiler.slots();
        for (int position = 0; position < slots.size(); position++) {
            for (Map.Entry<String, CompiledInstance> format : slots.get(position).byFormat().entrySet()) {
                rows.add(row(format.getKey(), position, format.getValue()));
            }
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    private static Row row(String formatKey, int position, CompiledInstance instance) {
        List<Row> terms = new ArrayList<>();
        for (Figure.Term term : instance.terms()) {
            List<Row> conditions = term.conditions().stream().map(c -> RowFactory.create(c.previous(),
                    CellColumns.position(c.cell(), c.previous()), c.test().name(), c.holds())).toList();
            terms.add(RowFactory.create(term.label(), term.previous(), CellColumns.position(term.cell(), term.previous()),
                    ScalaValues.seq(conditions)));
        }
        return RowFactory.create(formatKey, position, instance.rule().id(), instance.instance(),
                instance.rule().severity().code(), instance.comparison().name(), instance.failText(),
                instance.unreadText(), ScalaValues.seq(terms), ScalaValues.seq(instance.cells()));
    }
}
