package org.gongkai.jobs.ingest;

import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a run's inputs ended: every input read is a new report version, an input already ingested
 * (same URI, same bytes), or quarantined with a reason. {@link #reconciles} checks that nothing is lost.
 */
public record IngestSummary(String runId, long inputsRead, long unchanged, long reportsWritten,
                            Map<String, Long> quarantinedByReason, String tables) {

    public IngestSummary {
        quarantinedByReason = Map.copyOf(new TreeMap<>(quarantinedByReason));
    }

    public long quarantined() {
        return quarantinedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean reconciles() {
        return inputsRead == reportsWritten + unchanged + quarantined();
    }

    public void print(PrintStream out) {
        out.printf("ingest run %s%n", runId);
        out.printf("  inputs read        %,10d%n", inputsRead);
        out.printf("  reports written    %,10d   new report versions%n", reportsWritten);
        out.printf("  unchanged          %,10d   already ingested (same URI, same bytes): skipped%n", unchanged);
        out.printf("  quarantined        %,10d%n", quarantined());
        new TreeMap<>(quarantinedByReason).forEach((reason, count) -> out.printf("    %-20s %,8d%n", reason, count));
        out.printf("  reconciliation: inputs read %,d %s reports %,d + unchanged %,d + quarantined %,d%s%n",
                inputsRead, reconciles() ? "=" : "≠", reportsWritten, unchanged, quarantined(),
                reconciles() ? "" : "   INPUTS LOST: please report this run");
        out.printf("  tables: %s%n", tables);
    }
}
