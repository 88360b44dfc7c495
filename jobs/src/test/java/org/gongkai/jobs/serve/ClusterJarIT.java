package org.gongkai.jobs.serve;

import org.gongkai.jobs.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cluster jar as a cluster runs it, through SparkSubmit over a Spark-only classpath: scripts/nightly.sh with
 * conf/cluster.conf and conf/nightly.conf (ingest, validate, aggregate, report, each a spark-submit), then serve over
 * the warehouse it filled, queried by the Spark Connect thin client in a JVM of its own, and stopped as Ctrl-C stops it.
 */
class ClusterJarIT {

    private static final Path HOME = Path.of(System.getProperty("gongkai.home"));
    /** The nation per year as SQL reads it: gold_rates by its qualified name, the national summary by its bare name. */
    private static final String QUERY = "SELECT r.year, s.reports, r.reports AS own, r.new_received, r.handled "
            + "FROM gongkai.gold_rates r JOIN gold_national_summary s ON s.year = r.year "
            + "WHERE r.region_level = 'nation' AND r.agency_level = 'all' ORDER BY r.year";

    @TempDir
    static Path root;

    private static Path warehouse;
    private static Path sparkSubmit;
    private static Run nightly;

    @BeforeAll
    static void nightlyRunOverATinyCorpus() throws IOException, InterruptedException {
        Path corpus = root.resolve("corpus");
        TestCorpus.write(corpus, 12, 5);
        warehouse = root.resolve("warehouse");
        sparkSubmit = sparkSubmitScript(root.resolve("spark-submit"));
        nightly = nightly(corpus, "--set", "gongkai.catalog=hive");
        nightly.output().lines().filter(line -> line.startsWith("nightly: ")).forEach(System.out::println);
    }

    @Test
    void theNightlyScriptRunsEveryStepThroughSparkSubmitAndWritesTheReport() throws IOException {
        assertEquals(0, nightly.exitStatus(), nightly.output());
        for (String job : List.of("ingest", "validate", "aggregate", "report")) {
            assertTrue(nightly.output().contains("nightly: " + job + " done"), job + ":\n" + nightly.output());
        }
        Path report = warehouse.resolve("report.html");
        assertTrue(Files.readString(report).contains("全国"), "the HTML report names the nation");
    }

    @Test
    void theNightlyScriptStopsAtTheFirstFailedStepWithItsExitStatus() throws IOException, InterruptedException {
        Run failed = nightly(root.resolve("corpus"), "--set", "gongkai.catalog=nonsense");
        assertEquals(2, failed.exitStatus(), failed.output());
        assertTrue(failed.output().contains("nightly: ingest failed with exit status 2"), failed.output());
        assertFalse(failed.output().contains("nightly: validate started"), failed.output());
    }

    @Test
    void serveAnswersTheThinClientFromTheCatalogAndStopsOnInterrupt() throws Exception {
        assertEquals(0, nightly.exitStatus(), "the nightly run fills the warehouse:\n" + nightly.output());
        int port = freePort();
        Process server = new ProcessBuilder(List.of(sparkSubmit.toString(), "--master", "local[2]",
                "--class", "org.gongkai.jobs.cli.Gongkai", System.getProperty("gongkai.submitJar"),
                "serve", "--port", Integer.toString(port), "--set", "gongkai.warehouse=" + warehouse,
                "--set", "spark.sql.shuffle.partitions=2", "--set", "spark.ui.enabled=false"))
                .redirectErrorStream(true).start();
        String address = "sc://localhost:" + port;
        List<String> clientRows;
        Output serverOutput = new Output(server);
        try {
            assertTrue(serverOutput.awaitLine(address, 4, TimeUnit.MINUTES), "serve prints its address:\n" + serverOutput);
            Run client = client(address, QUERY);
            assertEquals(0, client.exitStatus(), client.output() + "\nserver:\n" + serverOutput);
            clientRows = client.output().lines().filter(line -> !line.isBlank()).toList();

            interrupt(server);
            assertTrue(server.waitFor(2, TimeUnit.MINUTES), "serve stops on an interrupt:\n" + serverOutput);
            assertTrue(serverOutput.awaitEnd(30, TimeUnit.SECONDS));
            assertTrue(serverOutput.toString().contains("gongkai serve: stopped"), serverOutput.toString());
            assertPortFree(port);
        } finally {
            server.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
        }

        List<String> printed = nationPerYear(nightly.output());
        assertFalse(printed.isEmpty(), "aggregate printed the nation per year:\n" + nightly.output());
        assertEquals("year\treports\town\tnew_received\thandled", clientRows.get(0));
        assertEquals(printed, clientRows.subList(1, clientRows.size()), "the figures aggregate printed, read through SQL");
    }

    /** Year, reports, own, new_received and handled of the table "the nation per year" that aggregate prints. */
    private static List<String> nationPerYear(String output) {
        List<String> lines = output.lines().toList();
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("the nation per year")).findFirst().orElse(""));
        List<String> rows = new ArrayList<>();
        for (int i = header + 2; header >= 0 && i < lines.size() && lines.get(i).matches("\\s+\\d{4}\\s.*"); i++) {
            String[] cells = lines.get(i).trim().replace(",", "").split("\\s+");
            rows.add(String.join("\t", cells[0], cells[1], cells[2], cells[4], cells[5]));
        }
        return rows;
    }

    /** scripts/nightly.sh as cron runs it, with the test's spark-submit, on the local warehouse, small shuffles. */
    private static Run nightly(Path corpus, String... settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("scripts/nightly.sh").toString(), corpus.toString(),
                "--set", "gongkai.warehouse=" + warehouse, "--set", "spark.sql.shuffle.partitions=2",
                "--set", "spark.default.parallelism=2", "--set", "spark.databricks.delta.snapshotPartitions=1",
                "--set", "spark.ui.enabled=false"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(Map.of("SPARK_SUBMIT", sparkSubmit.toString(),
                "SPARK_SUBMIT_ARGS", "--master local[2]",
                "GONGKAI_JAR", System.getProperty("gongkai.submitJar"),
                "GONGKAI_REPORT", warehouse.resolve("report.html").toString()));
        return Run.of(builder.start(), 15);
    }

    /** The thin client in a JVM of its own: the Spark Connect client jar and its dependencies, no spark-sql. */
    private static Run client(String address, String query) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        command.addAll(jvmFlags());
        command.addAll(List.of("-cp", Files.readString(Path.of(System.getProperty("gongkai.clientClasspath"))).trim()
                        + ":" + System.getProperty("gongkai.clientJar"),
                "org.gongkai.sqlclient.ConnectSql", address, query));
        return Run.of(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start(), 3);
    }

    /**
     * A spark-submit: what a Spark distribution's bin/spark-submit runs (STACK.md), over the classpath of what a
     * Spark installation provides (no Delta, no project). These JVMs live a minute or two on a tiny warehouse: the
     * C2 compiler costs them more than it gains (about a third of each job's time on 2 cores), so C1 only.
     */
    private static Path sparkSubmitScript(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(file, "#!/bin/sh\nexec " + java + " -Xmx1g -XX:TieredStopAtLevel=1 " + String.join(" ", jvmFlags())
                + " -cp '"
                + Files.readString(Path.of(System.getProperty("gongkai.sparkClasspath"))).trim()
                + "' org.apache.spark.deploy.SparkSubmit --conf spark.ui.showConsoleProgress=false \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static List<String> jvmFlags() {
        return Arrays.asList(System.getProperty("gongkai.jvmFlags").trim().split("\\s+"));
    }

    /**
     * What Ctrl-C sends (SIGINT); SIGTERM where this test runs with SIGINT ignored (a job started in the background by
     * a shell without job control), which the JVM would then ignore too. Both run the same JVM shutdown.
     */
    private static void interrupt(Process process) throws IOException, InterruptedException {
        String signal = ignoresSigint(process.pid()) ? "-TERM" : "-INT";
        Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill " + signal);
    }

    private static boolean ignoresSigint(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseUnsignedLong(line.substring("SigIgn:".length()).trim(), 16))
                .anyMatch(mask -> (mask & (1L << 1)) != 0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void assertPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new AssertionError("port " + port + " is still in use after serve stopped", e);
        }
    }

    private record Run(int exitStatus, String output) {

        /** Waits for the process to end (at most {@code minutes}) and keeps what it printed. */
        static Run of(Process process, int minutes) throws InterruptedException {
            Output output = new Output(process);
            try {
                assertTrue(process.waitFor(minutes, TimeUnit.MINUTES), "did not end in " + minutes + " min:\n" + output);
                assertTrue(output.awaitEnd(30, TimeUnit.SECONDS));
                return new Run(process.exitValue(), output.toString());
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** A process's output, read as it comes on a thread of its own, so that a test can wait for a line. */
    private static final class Output {

        private final StringBuilder text = new StringBuilder();
        private final CountDownLatch ended = new CountDownLatch(1);

        Output(Process process) {
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        synchronized (this) {
                            text.append(line).append('\n');
                            notifyAll();
                        }
                    }
                } catch (IOException e) {
                    synchronized (this) {
                        text.append("(reading the output failed: ").append(e).append(")\n");
                    }
                } finally {
                    synchronized (this) {
                        ended.countDown();
                        notifyAll();
                    }
                }
            }, "output of " + process.pid());
            reader.setDaemon(true);
            reader.start();
        }

        /** Whether a line containing {@code needle} came before the output ended or the time ran out. */
        synchronized boolean awaitLine(String needle, long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            while (text.indexOf(needle) < 0 && ended.getCount() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return text.indexOf(needle) >= 0;
        }

        boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
            return ended.await(timeout, unit);
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
