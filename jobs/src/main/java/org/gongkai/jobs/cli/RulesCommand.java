package org.gongkai.jobs.cli;

import org.gongkai.rules.Rule;
import org.gongkai.rules.RuleCatalog;
import org.gongkai.rules.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** {@code gongkai rules [--markdown]}: the rule catalog, id, severity and description, as a table or as Markdown. */
@Command(name = "rules", description = "List the consistency rules (id, severity, basis, description).")
final class RulesCommand implements Callable<Integer> {

    @Option(names = "--markdown", description = "print a Markdown table (for the README)")
    private boolean markdown;

    @Override
    public Integer call() {
        PrintStream out = JobOptions.console();
        if (markdown) {
            out.println("| rule | severity | basis | kind | 说明 | description |");
            out.println("|---|---|---|---|---|---|");
        }
        for (Rule rule : RuleCatalog.standard().rules()) {
            RuleInfo info = rule.info();
            if (markdown) {
                out.printf("| %s | %s | %s | %s | %s | %s |%n", info.id(), info.severity().code(), info.basis(),
                        info.kind(), info.zh().replace("|", "\\|"), info.en().replace("|", "\\|"));
            } else {
                out.printf("%-3s %-8s %-8s %s%n    %s%n", info.id(), info.severity().code(), info.basis(), info.en(),
                        info.zh());
            }
        }
        return 0;
    }
}
