package org.gongkai.parse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Finds {@code ../shared/fixtures/real} beside the project's root, where the real reports are kept. */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static Optional<Path> realReports() {
        String configured = System.getProperty("gongkai.shared");
        if (configured != null && Files.isDirectory(Paths.get(configured, "fixtures", "real"))) {
            return Optional.of(Paths.get(configured, "fixtures", "real").normalize());
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("fixtures").resolve("real");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
