package org.gongkai.jobs.ingest;

import org.gongkai.jobs.testing.TestCorpus;
import org.gongkai.jobs.testing.TestWarehouse;
import org.gongkai.jobs.warehouse.TableDef;
import org.gongkai.jobs.warehouse.Tables;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster jar run the way a cluster runs it (SparkSubmit over a Spark-only classpath), and a run killed
 * half-way by the operating system, then rerun, which must end in the same tables as a clean run.
 */
class IngestSubmitIT {

    /** Columns that say which run wrote a row or when: the only ones allowed to differ between two histories. */
    private static final String[] RUN_COLUMNS = {"run_id", "first_seen_run", "first_seen_at", "quarantined_at"};

    @TempDir
    static Path root;

    @Test
    void aRunKilledAfterWritingCellsAndRerunEndsInTheSameTablesAsACleanRun() throws Exception {
        Path corpus = root.resolve("corpus");
        int files = TestCorpus.write(corpus, 150, 11);
        Path jar = Path.of(System.getProperty("gongkai.submitJar"));
        assertTrue(Files.size(jar) < 40L << 20, "the cluster jar holds the project and Delta, not Spark: "
                + Files.size(jar) / (1 << 20) + " MB");

        Result clean = submit(root.resolve("clean"), corpus, null);
        assertEquals(0, clean.exitStatus(), clean.output());
        assertTrue(clean.output().contains("inputs read " + files + " = reports"), clean.output());

        Result killed = submit(root.resolve("killed"), corpus, "IngestWriter: wrote cells");
        assertTrue(killed.killed(), "the run was killed after its cells were written: " + killed.output());
        Result rerun = submit(root.resolve("killed"), corpus, null);
        assertEquals(0, rerun.exitStatus(), rerun.output());

        TestWarehouse spark = new TestWarehouse(root.resolve("reader"));
        try {
            for (TableDef table : List.of(Tables.RAW_FILES, Tables.REPORTS, Tables.CELLS, Tables.QUARANTINE)) {
                List<String> expected = TestWarehouse.content(pathWarehouse(spark, "clean"), table, RUN_COLUMNS);
                assertTrue(!expected.isEmpty(), table.name());
                assertEquals(expected, TestWarehouse.content(pathWarehouse(spark, "killed"), table, RUN_COLUMNS),
                        table.name() + " after a killed run and a rerun");
            }
        } finally {
            spark.stop();
        }
    }

    private static Warehouse pathWarehouse(TestWarehouse spark, String name) {
        return new Warehouse(spark.spark(), new WarehouseLocation(root.resolve(name).toString(), "gongkai", false));
    }

    private record Result(int exitStatus, boolean killed, String output) {
    }

    /**
     * Runs {@code ingest} through SparkSubmit; with {@code killWhen}, kills the process (SIGKILL) as soon as
     * a line of its output contains that text.
     */
    private static Result submit(Path warehouse, Path corpus, String killWhen) throws IOException, InterruptedException {
        // C1 only: for a JVM that lives a minute, C2 costs more than it gains (ClusterJarIT).
        List<String> command = new ArrayList<>(List.of("java", "-Xmx1g", "-XX:TieredStopAtLevel=1"));
        command.addAll(Arrays.asList(System.getProperty("gongkai.jvmFlags").trim().split("\\s+")));
        command.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("gongkai.sparkClasspath"))).trim(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=2",
                "--conf", "spark.ui.showConsoleProgress=false",
                "--class", "org.gongkai.jobs.cli.Gongkai", System.getProperty("gongkai.submitJar"),
                "ingest", corpus.toString(),
                "--set", "gongkai.warehouse=" + warehouse, "--set", "gongkai.catalog=none"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        boolean killed = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
                if (killWhen != null && line.contains(killWhen)) {
                    process.destroyForcibly();
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "spark-submit did not end:\n" + output);
        return new Result(process.exitValue(), killed, output.toString());
    }
}
