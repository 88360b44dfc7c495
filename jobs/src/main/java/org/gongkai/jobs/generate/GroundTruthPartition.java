package org.gongkai.jobs.generate;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.gongkai.generate.AgencyUniverse;
import org.gongkai.generate.CorpusReport;
import org.gongkai.generate.CorpusReports;
import org.gongkai.generate.CorpusStats;
import org.gongkai.generate.GeneratorConfig;
import org.gongkai.generate.UniverseAgency;
import org.gongkai.jobs.ingest.IngestedReport;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * What one Spark task of {@code generate --into-warehouse} does with its agencies, one agency at a time:
 * generates and prints their reports in memory, lands them, and returns their cells rows (the big table, which
 * the caller's Delta write consumes as they come) while spilling the few reports and generated_defects rows and
 * its statistics to part files named by the partition index, for the steps after (and, with {@code --out}, its
 * defects.jsonl lines). A retried task rewrites the same part files.
 */
final class GroundTruthPartition implements Function2<Integer, Iterator<String>, Iterator<Row>> {

    /** The part files a task spills: one per folder and partition. */
    enum Spill {
        REPORTS, DEFECTS, STATS;

        String file(int partition) {
            return name().toLowerCase(Locale.ROOT) + "/" + String.format(Locale.ROOT, "part-%05d", partition);
        }
    }

    private final GeneratorConfig config;
    private final GroundTruthRows rows;
    private final HadoopFiles scratch;
    private final HadoopFiles out;

    /** @param out the --out directory for defects.jsonl, or null */
    GroundTruthPartition(GeneratorConfig config, GroundTruthRows rows, HadoopFiles scratch, HadoopFiles out) {
        this.config = config;
        this.rows = rows;
        this.scratch = scratch;
        this.out = out;
    }

    @Override
    public Iterator<Row> call(Integer partition, Iterator<String> agencyIds) throws IOException {
        Spills spills = new Spills(partition);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // Closes the files of a task that fails half way; its retry writes them anew.
            task.addTaskCompletionListener((TaskCompletionListener) context -> Quietly.close(spills));
        }
        AgencyUniverse universe = config.universe();
        return new Iterator<>() {
            private Iterator<Row> cells = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!cells.hasNext()) {
                    if (!agencyIds.hasNext()) {
                        spills.finish();
                        return false;
                    }
                    cells = cellsOf(universe.find(agencyIds.next()).orElseThrow(), spills).iterator();
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return cells.next();
            }
        };
    }

    private List<Row> cellsOf(UniverseAgency agency, Spills spills) {
        List<Row> cells = new ArrayList<>();
        try {
            for (CorpusReport report : CorpusReports.of(agency, config)) {
                IngestedReport landed = rows.land(report);
                if (landed != null) {
                    spills.reports.write(rows.reportRow(landed));
                    cells.addAll(rows.cellRows(landed));
                }
                Row defect = rows.defectRow(report, landed == null ? null : landed.report().reportId());
                if (defect != null) {
                    spills.defects.write(defect);
                }
                spills.add(report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cells;
    }

    /** The task's part files and statistics. */
    private final class Spills implements Closeable {

        final ObjectSpill reports;
        final ObjectSpill defects;
        private final int partition;
        private final OutputStream defectLines;
        private final CorpusStats stats = new CorpusStats();
        private boolean finished;

        Spills(int partition) throws IOException {
            this.partition = partition;
            this.reports = ObjectSpill.create(scratch, Spill.REPORTS.file(partition));
            this.defects = ObjectSpill.create(scratch, Spill.DEFECTS.file(partition));
            this.defectLines = out == null ? null
                    : out.create(PartitionWriter.PARTS + "/" + Spill.DEFECTS.file(partition));
        }

        void add(CorpusReport report) throws IOException {
            stats.add(report.facts());
            if (defectLines != null) {
                for (String line : report.defectLines()) {
                    defectLines.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }

        /** All agencies done: the statistics are written last, so a stats file means a complete task. */
        void finish() {
            if (finished) {
                return;
            }
            finished = true;
            try (ObjectSpill statsFile = ObjectSpill.create(scratch, Spill.STATS.file(partition))) {
                statsFile.write(stats);
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reports.close();
            defects.close();
            if (defectLines != null) {
                defectLines.close();
            }
            scratch.close();
            if (out != null) {
                out.close();
            }
        }
    }
}
