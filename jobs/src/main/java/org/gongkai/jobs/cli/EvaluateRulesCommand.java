package org.gongkai.jobs.cli;

import org.gongkai.jobs.validate.DefectDetection;
import org.gongkai.jobs.validate.DefectDetection.Evaluation;
import org.gongkai.jobs.warehouse.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai evaluate-rules}: on a warehouse filled by {@code generate --into-warehouse} and checked by
 * {@code validate}, the precision and recall of the rules per injected defect kind. Exit status 1 when the database
 * has no generated defects or no validation results.
 */
@Command(name = "evaluate-rules", description = "Precision and recall of the rules per defect kind, on a generated "
        + "corpus's ground truth (generate --into-warehouse, then validate).")
final class EvaluateRulesCommand implements Callable<Integer> {

    @Mixin
    private JobOptions jobOptions;

    @Override
    public Integer call() throws Exception {
        return jobOptions.runInSession("evaluate-rules", (spark, config, warehouse) -> {
            for (var table : List.of(Tables.GENERATED_DEFECTS, Tables.RULE_RESULTS, Tables.REPORT_QUALITY)) {
                if (!warehouse.exists(table)) {
                    System.err.println("gongkai evaluate-rules: no table " + table.name() + " in this warehouse: "
                            + "run bin/gongkai generate --into-warehouse, then bin/gongkai validate");
                    return 1;
                }
            }
            Evaluation evaluation = DefectDetection.evaluate(warehouse.read(Tables.RULE_RESULTS),
                    warehouse.read(Tables.REPORT_QUALITY), warehouse.read(Tables.REPORTS),
                    warehouse.read(Tables.GENERATED_DEFECTS));
            evaluation.print(JobOptions.console());
            return 0;
        });
    }
}
