package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import static org.apache.spark.sql.functions.not;

/**
 * A condition on one cell's state under which a term of a figure counts: the row that replaces it was (not) printed,
 * the total it stands in for is (not) a number. As a Spark column for the figure, and as data for the message that
 * lists the cells without a number after the results are exploded.
 */
record CellCondition(CellRef cell, boolean previous, Test test, boolean holds) {

    enum Test {
        /** The report printed the cell (its format has it and it is not missing). */
        PRINTED,
        /** The cell holds a number. */
        NUMBER
    }

    static CellCondition printed(CellRef cell, boolean previous) {
        return new CellCondition(cell, previous, Test.PRINTED, true);
    }

    static CellCondition number(CellRef cell, boolean previous) {
        return new CellCondition(cell, previous, Test.NUMBER, true);
    }

    CellCondition negated() {
        return new CellCondition(cell, previous, test, !holds);
    }

    Column column() {
        Column test = this.test == Test.PRINTED ? CellColumns.printed(cell, previous)
                : CellColumns.stateIs(cell, previous, CellState.NUMBER);
        return holds ? test : not(test);
    }
}
