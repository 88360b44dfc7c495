package org.gongkai.jobs.warehouse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The session's Hadoop settings, carried to the executors so that they open files with the same
 * filesystems and credentials as the driver (object stores included).
 */
public final class HadoopSettings implements Serializable {

    private final Map<String, String> settings = new HashMap<>();
    private transient Configuration configuration;

    public HadoopSettings(SparkSession spark) {
        spark.sparkContext().hadoopConfiguration().forEach(e -> settings.put(e.getKey(), e.getValue()));
    }

    public Configuration configuration() {
        if (configuration == null) {
            Configuration built = new Configuration(false);
            settings.forEach(built::set);
            configuration = built;
        }
        return configuration;
    }

    public FileSystem fileSystem(Path path) throws IOException {
        return path.getFileSystem(configuration());
    }

    /** The fully qualified form (file:/abs/path, s3a://bucket/key) that Spark and the listing report. */
    public Path qualified(Path path) throws IOException {
        return fileSystem(path).makeQualified(path);
    }
}
