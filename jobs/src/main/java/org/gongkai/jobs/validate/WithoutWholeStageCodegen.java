package org.gongkai.jobs.validate;

import org.apache.spark.sql.SparkSession;

import java.util.function.Supplier;

/**
 * Runs an action with whole-stage code generation off. The checked reports' projection is one very wide expression:
 * generated as a single whole-stage method it takes Janino several times longer to compile (and Spark then drops it
 * for being too large), while a plain projection is split into many small methods.
 */
final class WithoutWholeStageCodegen {

    private static final String SETTING = "spark.sql.codegen.wholeStage";

    private WithoutWholeStageCodegen() {
    }

    static <T> T run(SparkSession spark, Supplier<T> action) {
        String before = spark.conf().get(SETTING, "true");
        spark.conf().set(SETTING, "false");
        try {
            return action.get();
        } finally {
            spark.conf().set(SETTING, before);
        }
    }
}
