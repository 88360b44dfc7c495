package org.gongkai.jobs.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GongkaiConfigTest {

    @TempDir
    Path dir;

    @Test
    void aLaterFileWinsOverAnEarlierOneAndOverridesWinOverBoth() throws IOException {
        Path cluster = Files.writeString(dir.resolve("cluster.conf"), """
                # the cluster
                gongkai.warehouse = s3a://bucket/warehouse
                gongkai.validate.max-error-share = 0.2
                spark.dynamicAllocation.maxExecutors = 40
                """);
        Path nightly = Files.writeString(dir.resolve("nightly.conf"), """
                gongkai.validate.max-error-share = 0.05
                spark.dynamicAllocation.maxExecutors = 10
                """);
        GongkaiConfig config = GongkaiConfig.load(List.of(cluster, nightly), List.of("spark.dynamicAllocation.maxExecutors=4"));
        assertEquals("s3a://bucket/warehouse", config.get(GongkaiConfig.WAREHOUSE, null));
        assertEquals("0.05", config.get(GongkaiConfig.VALIDATE_MAX_ERROR_SHARE, null));
        assertEquals("4", config.sparkSettings().get("spark.dynamicAllocation.maxExecutors"));
    }
}
