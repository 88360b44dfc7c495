package org.gongkai.jobs.cli;

import org.gongkai.jobs.config.GongkaiConfig;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every Spark job takes: a configuration file and overrides. Without {@code --conf}, the
 * launcher's {@code conf/local.conf} (found through the {@code gongkai.home} property bin/gongkai sets)
 * is read if it is there.
 */
final class JobOptions {

    @Option(names = "--conf", paramLabel = "FILE", description = "configuration file (default: conf/local.conf of the installation)")
    private Path conf;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "override one setting (repeatable), e.g. --set gongkai.warehouse=/data/wh")
    private List<String> overrides = new ArrayList<>();

    GongkaiConfig config() {
        Path file = conf;
        if (file == null && System.getProperty("gongkai.home") != null) {
            Path local = Path.of(System.getProperty("gongkai.home"), "conf", "local.conf");
            file = Files.isRegularFile(local) ? local : null;
        }
        return GongkaiConfig.load(file, overrides);
    }
}
