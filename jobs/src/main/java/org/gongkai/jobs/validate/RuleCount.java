package org.gongkai.jobs.validate;

import org.apache.spark.sql.Row;

/** One rule's results in one run: instances by strict status, lenient failures, and the reports it failed. */
public record RuleCount(String ruleId, String severity, long reports, long passed, long failed, long notEvaluable,
                        long lenientFailed, long reportsFailed) {

    static RuleCount of(Row row) {
        return new RuleCount(row.getAs("rule_id"), row.getAs("severity"), row.<Long>getAs("reports"),
                row.<Long>getAs("passed"), row.<Long>getAs("failed"), row.<Long>getAs("not_evaluable"),
                row.<Long>getAs("lenient_failed"), row.<Long>getAs("reports_failed"));
    }
}
