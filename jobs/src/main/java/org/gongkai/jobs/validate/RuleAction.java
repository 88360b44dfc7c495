package org.gongkai.jobs.validate;

import java.util.Locale;

/**
 * What a failed rule does to the run, as in Lakeflow expectations: keep the report and count the failure (the
 * default), drop the report from request_outcomes, or fail the run (after the results are written, so they can be
 * read). Set per rule with {@code gongkai.validate.action.<RULE>=keep|drop|fail}.
 */
public enum RuleAction {
    KEEP,
    DROP,
    FAIL;

    public static RuleAction parse(String rule, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gongkai.validate.action." + rule + " must be keep, drop or fail, not " + text);
        }
    }
}
