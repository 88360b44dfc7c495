package org.gongkai.jobs.cli;

import org.apache.spark.sql.SparkSession;
import org.gongkai.jobs.config.GongkaiConfig;
import org.gongkai.jobs.warehouse.SparkSessions;
import org.gongkai.jobs.warehouse.Warehouse;
import org.gongkai.jobs.warehouse.WarehouseLocation;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every Spark job takes: configuration files and overrides. Without {@code --conf}, the
 * launcher's {@code conf/local.conf} (found through the {@code gongkai.home} property bin/gongkai sets)
 * is read if it is there.
 */
final class JobOptions {

    @Option(names = "--conf", paramLabel = "FILE", description = "configuration file, repeatable: a later file's keys win "
            + "(default: conf/local.conf of the installation)")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override one setting (repeatable), e.g. --set gongkai.warehouse=/data/wh")
    private List<String> overrides = new ArrayList<>();

    /** What a command does in its Spark session, with the configuration and the warehouse it names. */
    @FunctionalInterface
    interface Job {
        int run(SparkSession spark, GongkaiConfig config, Warehouse warehouse) throws Exception;
    }

    /** Starts a Spark session from these options, runs {@code job} in it and stops the session, whatever happens. */
    int runInSession(String jobName, Job job) throws Exception {
        GongkaiConfig config = config();
        SparkSession spark = SparkSessions.start(config, jobName);
        try {
            return job.run(spark, config, new Warehouse(spark, WarehouseLocation.of(config)));
        } finally {
            spark.stop();
        }
    }

    /** Standard output in UTF-8, whatever the platform's default, for the Chinese in summaries. */
    static PrintStream console() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    GongkaiConfig config() {
        if (files.isEmpty() && System.getProperty("gongkai.home") != null) {
            Path local = Path.of(System.getProperty("gongkai.home"), "conf", "local.conf");
            return GongkaiConfig.load(Files.isRegularFile(local) ? List.of(local) : List.of(), overrides);
        }
        return GongkaiConfig.load(files, overrides);
    }
}
