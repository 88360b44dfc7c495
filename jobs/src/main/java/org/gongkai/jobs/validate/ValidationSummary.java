package org.gongkai.jobs.validate;

import org.gongkai.rules.Rule;
import org.gongkai.rules.RuleCatalog;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * What a validate run found, rule by rule, and whether it must fail: a rule whose action is {@code fail} failed
 * somewhere, or the share of reports with an error-level failure is above the configured maximum.
 */
public record ValidationSummary(String runId, long reports, long reportsWithErrors, List<RuleCount> rules,
                                List<String> failures) {

    public boolean failed() {
        return !failures.isEmpty();
    }

    public double errorShare() {
        return reports == 0 ? 0 : (double) reportsWithErrors / reports;
    }

    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "validate run %s: %,d reports checked, %,d with an error-level failure (%.1f%%)%n",
                runId, reports, reportsWithErrors, 100 * errorShare());
        out.printf(Locale.ROOT, "%-4s %-8s %9s %10s %9s %9s %13s %12s  %s%n", "rule", "severity", "reports",
                "instances", "passed", "failed", "not_evaluable", "lenient_fail", "description");
        for (RuleCount count : rules) {
            String description = RuleCatalog.standard().rule(count.ruleId()).map(Rule::info).map(i -> i.en()).orElse("");
            out.printf(Locale.ROOT, "%-4s %-8s %,9d %,10d %,9d %,9d %,13d %,12d  %s%n", count.ruleId(), count.severity(),
                    count.reports(), count.passed() + count.failed() + count.notEvaluable(), count.passed(),
                    count.failed(), count.notEvaluable(), count.lenientFailed(), shorten(description));
        }
        failures.forEach(f -> out.println("FAILED: " + f));
    }

    private static String shorten(String text) {
        return text.length() <= 70 ? text : text.substring(0, 69) + "…";
    }
}
