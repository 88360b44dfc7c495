package org.gongkai.jobs.cli;

import org.gongkai.jobs.config.GongkaiConfig;
import picocli.CommandLine.Option;

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

    GongkaiConfig config() {
        if (files.isEmpty() && System.getProperty("gongkai.home") != null) {
            Path local = Path.of(System.getProperty("gongkai.home"), "conf", "local.conf");
            return GongkaiConfig.load(Files.isRegularFile(local) ? List.of(local) : List.of(), overrides);
        }
        return GongkaiConfig.load(files, overrides);
    }
}
