package org.gongkai.jobs.validate;

import org.apache.spark.sql.Column;

/**
 * One compiled rule instance for one format: its key ({@code rule_id/instance}) and the result struct, null where
 * the instance does not apply to the report (no previous report, a row the report did not print, …).
 */
record Instance(String key, Column result) {

    static Instance of(String ruleId, String instance, Column result) {
        return new Instance(ruleId + "/" + instance, result);
    }
}
