package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;
import org.gongkai.format.FormatCatalog;
import org.gongkai.report.CellState;
import org.gongkai.rules.CellRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

/**
 * Table 三's outcome cells as (applicant type × outcome group × outcome → count), the 2019 and 2021 rows mapped to
 * one scheme (the catalog's outcome groups), built from the wide row. A zero count is left out (a missing row
 * means zero); a cell that holds no number is kept with its state and a null count, so nothing is silently zero.
 */
final class RequestOutcomes {

    private RequestOutcomes() {
    }

    /** An exploded outcome's state character as the code of its cell state (a number too large to check is a number). */
    static Column cellState(Column state) {
        Column code = lit(CellState.NUMBER.code());
        for (CellState other : CellState.values()) {
            code = when(state.equalTo(String.valueOf(CellColumns.code(other))), lit(other.code())).otherwise(code);
        }
        return code;
    }

    /** The array of outcome structs of a wide report row (null where a cell is left out), with the state character. */
    static Column outcomes() {
        FormatCatalog catalog = FormatCatalog.standard();
        List<Column> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : catalog.outcomeGroups().entrySet()) {
            for (String outcome : group.getValue()) {
                for (Map.Entry<String, List<String>> applicants : catalog.applicantClasses().entrySet()) {
                    for (String applicant : applicants.getValue()) {
                        outcomes.add(outcome(new CellRef("requests", outcome, applicant), applicants.getKey(), group.getKey()));
                    }
                }
            }
        }
        return array(outcomes.toArray(Column[]::new));
    }

    private static Column outcome(CellRef cell, String applicantClass, String group) {
        Column state = CellColumns.state(cell, false);
        Column micros = CellColumns.strict(cell, false);
        Column whole = micros.mod(Micros.SCALE).equalTo(0);
        Column row = struct(lit(cell.column()).as("applicant_type"), lit(applicantClass).as("applicant_class"),
                lit(group).as("outcome_group"), lit(cell.row()).as("outcome"),
                when(whole, micros.divide(Micros.SCALE).cast("bigint")).as("count"), state.as("state"));
        // Absent (a row the format or the report does not have), replaced by a row printed instead, or zero: no row.
        Column skipped = state.equalTo(String.valueOf(CellColumns.ABSENT)).or(micros.equalTo(0))
                .or(replacedByPrintedRow(cell));
        return when(skipped, lit(null)).otherwise(row);
    }

    /** 2021's three （六） sub-rows where the report printed （六） as one row. */
    private static Column replacedByPrintedRow(CellRef cell) {
        Column replaced = lit(false);
        for (org.gongkai.format.ReportFormat format : FormatCatalog.standard().formats()) {
            for (org.gongkai.format.RowSpec row : format.table(cell.table()).rows()) {
                if (row.onlyWhenPrinted() && row.replaces().contains(cell.row())) {
                    replaced = replaced.or(CellColumns.printed(new CellRef(cell.table(), row.code(), cell.column()), false));
                }
            }
        }
        return replaced;
    }
}
