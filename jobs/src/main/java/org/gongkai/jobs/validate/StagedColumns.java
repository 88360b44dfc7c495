package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Sums computed once, in a projection before the results, and referred to by name: a result reads each side of its
 * comparison five or six times (status, difference, message…), and inlining the sums there would multiply the
 * expression tree the analyzer has to resolve.
 */
final class StagedColumns {

    private final Map<String, Column> columns = new LinkedHashMap<>();

    Operand stage(String name, Operand operand) {
        return new Operand(stage(name + "__s", operand.strict()), stage(name + "__l", operand.lenient()),
                operand.terms());
    }

    Column stage(String name, Column expression) {
        String safe = "t_" + name.replaceAll("[^A-Za-z0-9_]", "_");
        if (columns.containsKey(safe)) {
            throw new IllegalStateException("staged twice: " + safe);
        }
        columns.put(safe, expression.as(safe));
        return col(safe);
    }

    List<Column> columns() {
        return new ArrayList<>(columns.values());
    }
}
